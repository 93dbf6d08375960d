import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { ReportList } from '@/components/report-list';
import { getReports, getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';

export function generateMetadata(): Metadata {
  return pageMetadata(getSite(), '/reports', '年度报告', '全部已发布的年度报告，最新的在前。');
}

export default function ReportsPage() {
  return (
    <div className="page">
      <Breadcrumb crumbs={[{ label: '首页', href: '/' }, { label: '年度报告', href: '/reports' }]} />
      <h1 id={IDS.title} tabIndex={-1}>年度报告</h1>
      <ReportList reports={getReports()} />
    </div>
  );
}
