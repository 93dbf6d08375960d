import type { YearComparison } from '@/lib/report';
import { reportPath } from '@/lib/site/urls';

/** Props of YearComparisonTable. */
export interface YearComparisonTableProps {
  lines: YearComparison[];
  year: number;
  previousYear: number;
  slug: string;
}

const shown = (value: number | null) => (value === null ? '—' : String(value));

function change(line: YearComparison): string {
  if (line.previous === null || line.current === null) return '—';
  const delta = Number((line.current - line.previous).toPrecision(12));
  return delta > 0 ? `+${delta}` : String(delta);
}

/** A 年报's national-format rows beside the previous year's (only rows that mean the same). */
export function YearComparisonTable({ lines, year, previousYear, slug }: YearComparisonTableProps) {
  if (lines.length === 0) return null;
  const id = 'year-comparison';
  return (
    <section aria-labelledby={`${id}-title`} className="figures-section">
      <h2 id={`${id}-title`}>与{previousYear}年度报告比较</h2>
      <p>按全国统一格式逐行比较（两年格式不同时，只比较含义相同的行）。点击本年数值可跳到报告中的表格。</p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="figures-table year-table">
          <caption id={`${id}-caption`}>{previousYear}年与{year}年逐行比较（{lines.length} 行）</caption>
          <thead>
            <tr>
              <th scope="col">表格</th>
              <th scope="col">行</th>
              <th scope="col">列</th>
              <th scope="col" className="num">{previousYear}年</th>
              <th scope="col" className="num">{year}年</th>
              <th scope="col" className="num">增减</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <td>{line.table}</td>
                <th scope="row">{line.row || '—'}</th>
                <td>{line.column}</td>
                <td className="num">{shown(line.previous)}</td>
                <td className="num"><a href={`${reportPath(slug)}#${line.id}`}>{shown(line.current)}</a></td>
                <td className="num">{change(line)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
