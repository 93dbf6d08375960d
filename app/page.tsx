import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonLd } from '@/components/json-ld';
import { ReportList } from '@/components/report-list';
import { SearchForm } from '@/components/search-form';
import { getReports, getSite } from '@/lib/content';
import { homeHead } from '@/lib/site/head';
import { toMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';

export function generateMetadata(): Metadata {
  return toMetadata(homeHead(getSite()));
}

export default function HomePage() {
  const site = getSite();
  return (
    <div className="page">
      <JsonLd head={homeHead(site)} />
      <h1 id={IDS.title} tabIndex={-1}>{site.siteName}</h1>
      <p className="lede">{site.government}依法公开的年度报告，按发布时间排列，最新的在前。</p>
      <SearchForm />
      <ReportList reports={getReports()} />
      <p className="home-more">
        <Link href="/archive">按年度和发布机关浏览全部报告</Link>　<a href="/feed.xml">订阅更新（Atom）</a>
      </p>
    </div>
  );
}
