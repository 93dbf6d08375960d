import type { Metadata } from 'next';
import { HomeLists } from '@/components/home-lists';
import { JsonLd } from '@/components/json-ld';
import { SearchForm } from '@/components/search-form';
import { getSite } from '@/lib/content';
import { buildDay } from '@/lib/site/due';
import { homeHead } from '@/lib/site/head';
import { homeData } from '@/lib/site/list-page-data';
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
      <p className="lede">{site.government}及其部门、区县依法公开的年度报告。</p>
      <SearchForm />
      <HomeLists {...homeData(buildDay())} />
      <p className="home-more">
        <a href="/archive">报告归档</a>　<a href="/feed.xml">订阅更新（Atom）</a>
      </p>
    </div>
  );
}
