import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { JsonLd } from '@/components/json-ld';
import { ReportList } from '@/components/report-list';
import { getReports, getSite } from '@/lib/content';
import { COLUMNS } from '@/lib/site/columns';
import { columnHead } from '@/lib/site/head';
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
      <ReportList reports={getReports()} />
    </div>
  );
}
