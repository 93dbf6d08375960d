import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { ControlBoundary } from '@/components/control-boundary';
import { JsonLd } from '@/components/json-ld';
import { SearchForm } from '@/components/search-form';
import { SearchResults, SearchUnavailable } from '@/components/search-results';
import { getSite } from '@/lib/content';
import { COLUMNS } from '@/lib/site/columns';
import { searchFilterOptions } from '@/lib/site/list-page-data';
import { columnHead } from '@/lib/site/head';
import { toMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';

export function generateMetadata(): Metadata {
  return toMetadata(columnHead(getSite(), COLUMNS.search));
}

export default function SearchPage() {
  return (
    <div className="page">
      <JsonLd head={columnHead(getSite(), COLUMNS.search)} />
      <Breadcrumb crumbs={[{ label: '首页', href: '/' }, { label: '站内搜索', href: '/search' }]} />
      <h1 id={IDS.title} tabIndex={-1}>站内搜索</h1>
      <SearchForm filters={searchFilterOptions()} />
      <noscript>
        <p>搜索需要浏览器启用 JavaScript。您也可以从<a href="/archive">报告归档</a>中按年度查找报告。</p>
      </noscript>
      {/* At least a screen tall, so the results arriving after the index loads push the footer
          down out of sight instead of moving what the reader is looking at. */}
      <div className="search-region">
        <ControlBoundary name="搜索结果" fallback={<SearchUnavailable />}>
          <SearchResults />
        </ControlBoundary>
      </div>
    </div>
  );
}
