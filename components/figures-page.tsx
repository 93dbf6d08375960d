import type { Metric, MetricKind, Report, YearComparison } from '@/lib/report';
import { metricGroups } from '@/lib/report';
import { formatMetricValue } from '@/lib/ui/format';
import { reportPath } from '@/lib/site/urls';
import { IDS } from '@/lib/ui/ids';
import { Breadcrumb } from './breadcrumb';
import { reportCrumbs } from './report-page';
import { PercentChart } from './percent-chart';
import { YearComparisonTable } from './year-comparison';

/** Props of FiguresPage. */
export interface FiguresPageProps {
  report: Report;
  /** National-format rows beside the same body's previous 年报 (compareDisclosureYears), or null. */
  comparison: { previousYear: number; lines: YearComparison[] } | null;
}

const KIND_NAMES: Record<MetricKind, string> = {
  count: '数量', percent: '百分比', gap: '百分点差', money: '金额', rank: '排名', measure: '计量', duration: '时长', ratio: '倍数',
};

/** Column headings, also shown before each value when a narrow screen stacks the rows. */
const COLUMNS = ['名称', '原文数据', '数值', '类型'] as const;

/**
 * The quantities of one part as a table. On a narrow screen (or at a large 字号) each row is
 * stacked as a short block instead, so no cell is squeezed to one character a line; the ARIA
 * roles keep it a table for screen readers whatever CSS does to its display.
 */
function MetricTable({ id, caption, metrics, slug }: { id: string; caption: string; metrics: Metric[]; slug: string }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id} className="figures-table" role="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((c) => <th key={c} scope="col" role="columnheader">{c}</th>)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {metrics.map((m) => {
            const { amount, notes } = formatMetricValue(m);
            return (
              <tr key={m.id} role="row" data-label={m.label} data-value={m.value}>
                <th scope="row" role="rowheader">{m.label || <span className="unnamed">（原文未写明名称）</span>}</th>
                <td role="cell" data-heading={COLUMNS[1]}>
                  <a href={`${reportPath(slug)}#${m.id}`} className="figure-text">{m.text}</a>
                </td>
                <td role="cell" data-heading={COLUMNS[2]}>
                  <span className="figure-amount">{amount}</span>
                  {notes.length > 0 ? <span className="figure-notes">（{notes.join('，')}）</span> : null}
                </td>
                <td role="cell" data-heading={COLUMNS[3]}>{KIND_NAMES[m.kind]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Every quantity of a report, by part of the report, with bar charts for percentages. */
export function FiguresPage({ report, comparison }: FiguresPageProps) {
  const { meta } = report;
  const crumbs = [...reportCrumbs(report), { label: '数据和图表', href: `${reportPath(meta.slug)}/figures` }];
  return (
    <div className="page figures-page">
      <Breadcrumb crumbs={crumbs} />
      <h1 id={IDS.title} tabIndex={-1}>{meta.title}：数据和图表</h1>
      <p className="lede">
        报告正文中的全部 {report.metrics.length} 项数据，按部分列出；标为“目标”的是计划或预期，不是已取得的结果。点击原文数据可跳到报告中的原句。
        也可下载 <a href={`${reportPath(meta.slug)}/metrics.csv`}>CSV 数据表</a> 或 <a href={`${reportPath(meta.slug)}/data.json`}>JSON 全文数据</a>。
      </p>
      {report.tables.length > 0 ? (
        <section aria-labelledby="report-tables-title" className="figures-section">
          <h2 id="report-tables-title">报告中的表格</h2>
          <ul>
            {report.tables.map((table, i) => (
              <li key={table.id}>
                <a href={`${reportPath(meta.slug)}#${table.id}`}>{table.title || `表${i + 1}`}</a>（{table.rows.length} 行 × {table.columns.length} 列）
              </li>
            ))}
          </ul>
          <p>
            全部表格数据：<a href={`${reportPath(meta.slug)}/tables.csv`}>表格数据（CSV，每格一行：表、行、列、数值）</a>
          </p>
        </section>
      ) : null}
      {comparison ? <YearComparisonTable lines={comparison.lines} year={meta.year} previousYear={comparison.previousYear} slug={meta.slug} /> : null}
      {metricGroups(report).map((group) => {
        const percents = group.metrics.filter((m) => m.kind === 'percent' && m.unit === '%');
        const tableId = `${group.id}-table`;
        return (
          <section key={group.id} aria-labelledby={`${group.id}-title`} className="figures-section">
            <h2 id={`${group.id}-title`}>{group.title}</h2>
            {percents.length > 0 ? <PercentChart id={`${group.id}-chart`} metrics={percents} tableId={tableId} /> : null}
            <MetricTable id={tableId} caption={`本部分的数据（${group.metrics.length} 项）`} metrics={group.metrics} slug={meta.slug} />
          </section>
        );
      })}
      <p>
        <a href={reportPath(meta.slug)}>返回报告全文</a>
      </p>
    </div>
  );
}
