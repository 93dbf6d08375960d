import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { ControlBoundary } from '@/components/control-boundary';
import { SearchForm } from '@/components/search-form';
import { SearchResults, SearchUnavailable } from '@/components/search-results';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';

export function generateMetadata(): Metadata {
  return { ...pageMetadata(getSite(), '/search', '站内搜索', '在全部年度报告中搜索。'), robots: { index: false } };
}

export default function SearchPage() {
  return (
    <div className="page">
      <Breadcrumb crumbs={[{ label: '首页', href: '/' }, { label: '站内搜索', href: '/search' }]} />
      <h1 id={IDS.title} tabIndex={-1}>站内搜索</h1>
      <SearchForm />
      <noscript>
        <p>搜索需要浏览器启用 JavaScript。您也可以从<a href="/archive">报告归档</a>中按年度查找报告。</p>
      </noscript>
      <ControlBoundary name="搜索结果" fallback={<SearchUnavailable />}>
        <SearchResults />
      </ControlBoundary>
    </div>
  );
}
