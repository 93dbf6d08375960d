import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { JsonLd } from '@/components/json-ld';
import { ReportList } from '@/components/report-list';
import { getReports, getSite } from '@/lib/content';
import { COLUMNS } from '@/lib/site/columns';
import { columnHead } from '@/lib/site/head';
import { NEWEST_IN_COLUMN } from '@/lib/site/list-page-data';
import { toMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';

export function generateMetadata(): Metadata {
  return toMetadata(columnHead(getSite(), COLUMNS.reports));
}

export default function ReportsPage() {
  return (
    <div className="page">
      <JsonLd head={columnHead(getSite(), COLUMNS.reports)} />
      <Breadcrumb crumbs={[{ label: '首页', href: '/' }, { label: '年度报告', href: '/reports' }]} />
      <h1 id={IDS.title} tabIndex={-1}>年度报告</h1>
      <p className="lede">最新发布的 {NEWEST_IN_COLUMN} 份报告，最新的在前。更早的报告请<a href="/archive">按类别、年度或发布机关浏览</a>。</p>
      <ReportList reports={getReports().slice(0, NEWEST_IN_COLUMN)} />
      <p className="home-more"><a href="/archive">报告归档：按类别、年度和发布机关浏览全部报告</a></p>
    </div>
  );
}
