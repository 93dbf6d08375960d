import type { Metadata } from 'next';
import { ReportList } from '@/components/report-list';
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
      <ReportList reports={getReports()} />
    </div>
  );
}
