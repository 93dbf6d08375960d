import type { ArchiveData } from '@/lib/site/list-page-data';
import { IDS } from '@/lib/ui/ids';
import { Breadcrumb } from './breadcrumb';

/** Props of ArchivePage. */
export type ArchivePageProps = ArchiveData;

/**
 * 报告归档: the ways into the whole archive, by kind, by year, by issuer and each year's
 * comparison of 年报; the lists themselves are on those pages, paginated.
 */
export function ArchivePage({ kinds, years, compare, issuers }: ArchivePageProps) {
  return (
    <div className="page archive-page">
      <Breadcrumb crumbs={[{ label: '首页', href: '/' }, { label: '报告归档', href: '/archive' }]} />
      <h1 id={IDS.title} tabIndex={-1}>报告归档</h1>
      <section aria-labelledby="by-kind">
        <h2 id="by-kind">按报告类别</h2>
        <ul>{kinds.map((k) => <li key={k.href}><a href={k.href}>{k.name}</a>（{k.count} 份）</li>)}</ul>
      </section>
      <section aria-labelledby="by-year">
        <h2 id="by-year">按年度</h2>
        {years.length === 0 ? <p>暂无已发布的报告。</p> : (
          <ul>{years.map((y) => <li key={y.year}><a href={y.href}>{y.year}年度</a>（{y.count} 份）</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="by-issuer">
        <h2 id="by-issuer">按发布机关</h2>
        <p><a href="/issuers">全部发布机关</a>（{issuers} 个）</p>
      </section>
      {compare.length > 0 ? (
        <section aria-labelledby="by-compare">
          <h2 id="by-compare">政府信息公开工作年度报告数据对比</h2>
          <ul>{compare.map((c) => <li key={c.year}><a href={c.href}>{c.year}年度各发布机关对比</a></li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}
