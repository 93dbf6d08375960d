import type { GetStaticProps } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { ListDocument } from '@/components/list-document';
import { ReportList } from '@/components/report-list';
import type { ReportsColumnData } from '@/lib/site/list-page-data';
import { reportsColumnData } from '@/lib/site/list-page-data';
import { IDS } from '@/lib/ui/ids';

/** 年度报告: the newest reports; a static list page without framework JavaScript. */
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<ReportsColumnData> = () => ({ props: reportsColumnData() });

export default function ReportsPage({ reports, ...frame }: ReportsColumnData) {
  return (
    <ListDocument {...frame}>
      <div className="page">
        <Breadcrumb crumbs={[{ label: '首页', href: '/' }, { label: '年度报告', href: '/reports' }]} />
        <h1 id={IDS.title} tabIndex={-1}>年度报告</h1>
        <p className="lede">最新发布的 {reports.length} 份报告，最新的在前。更早的报告请<a href="/archive">按类别、年度或发布机关浏览</a>。</p>
        <ReportList reports={reports} />
        <p className="home-more"><a href="/archive">报告归档：按类别、年度和发布机关浏览全部报告</a></p>
      </div>
    </ListDocument>
  );
}
