import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportList } from '@/components/report-list';
import { SearchForm } from '@/components/search-form';
import { getReports, getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';

export function generateMetadata(): Metadata {
  const site = getSite();
  return pageMetadata(site, '/', site.siteName, `${site.government}发布的法治政府建设年度报告等年度报告。`);
}

export default function HomePage() {
  const site = getSite();
  return (
    <div className="page">
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
