import type { ReportMeta } from '@/lib/report';
import { reportPath } from '@/lib/site/urls';
import { formatPublished } from '@/lib/ui/format';

/** Props of ReportList. */
export interface ReportListProps {
  /** What the list shows of each report (a whole Report will do). */
  reports: { meta: Pick<ReportMeta, 'slug' | 'title' | 'year' | 'issuer' | 'published' | 'columns'> }[];
  /** Heading level of each report's title inside the list. */
  headingLevel?: 'h2' | 'h3';
}

/** Reports, newest first: title, year, issuing body, date and column. */
export function ReportList({ reports, headingLevel = 'h2' }: ReportListProps) {
  const Heading = headingLevel;
  if (reports.length === 0) return <p>暂无已发布的报告。</p>;
  return (
    <ol className="report-list">
      {reports.map((report) => (
        <li key={report.meta.slug}>
          <Heading className="report-list-title">
            <a href={reportPath(report.meta.slug)}>{report.meta.title}</a>
          </Heading>
          <dl className="report-list-meta">
            <div><dt>年度</dt><dd>{report.meta.year}年</dd></div>
            <div><dt>发布机关</dt><dd>{report.meta.issuer}</dd></div>
            <div><dt>发布时间</dt><dd><time dateTime={report.meta.published}>{formatPublished(report.meta.published)}</time></dd></div>
            <div><dt>栏目</dt><dd>{report.meta.columns.join(' › ')}</dd></div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
