import type { ReportLink } from '@/lib/report';
import { reportPath } from '@/lib/site/urls';

/** Props of YearNav. */
export interface YearNavProps {
  /** The same issuing body's reports for the nearest earlier and later years. */
  neighbours: { previous: ReportLink | null; next: ReportLink | null };
  slug: string;
  /** The report has tables: offer tables.csv too. Default false. */
  tables?: boolean;
}

/** Links to the same body's reports for the previous and next years, and the open data. */
export function YearNav({ neighbours, slug, tables = false }: YearNavProps) {
  const { previous, next } = neighbours;
  return (
    <nav className="year-nav no-print" aria-label="其他年度和数据下载" data-pagefind-ignore="all">
      <ul>
        {previous ? (
          <li>
            上一年度：<a href={reportPath(previous.slug)} rel="prev">{previous.title}</a>
          </li>
        ) : null}
        {next ? (
          <li>
            下一年度：<a href={reportPath(next.slug)} rel="next">{next.title}</a>
          </li>
        ) : null}
        <li>
          开放数据：<a href={`${reportPath(slug)}/data.json`}>全文数据（JSON）</a>　
          <a href={`${reportPath(slug)}/metrics.csv`}>数据表（CSV，可用 Excel/WPS 打开）</a>
          {tables ? <>　<a href={`${reportPath(slug)}/tables.csv`}>表格数据（CSV）</a></> : null}
        </li>
      </ul>
    </nav>
  );
}
