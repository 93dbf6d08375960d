import type { DisclosureRow } from '@/lib/site/list-page-data';
import { DISCLOSURE_COLUMNS, formatDisclosureValue } from '@/lib/site/disclosure-columns';

/** Props of DisclosureTable. */
export interface DisclosureTableProps {
  /** Prefix of the header ids, unique on the page. */
  id: string;
  caption: string;
  /** Heading of the label column: 发布机关 or 年度. */
  labelHeading: string;
  rows: DisclosureRow[];
}

/**
 * 年报 key rows as an accessible table: a caption, column headers (scope col) and a row header
 * (scope row) per row, each value cell naming both in `headers`, so a screen reader announces
 * every number with its department (or year) and its column. With the page script, the
 * column headers become sort buttons (components/islands/sortable-table.ts); without it the
 * table is complete, in its default order.
 */
export function DisclosureTable({ id, caption, labelHeading, rows }: DisclosureTableProps) {
  return (
    <div className="table-region" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table" data-sortable="" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" id={`${id}-c0`} data-sort="text">{labelHeading}</th>
            {DISCLOSURE_COLUMNS.map((c, i) => <th key={c.key} scope="col" id={`${id}-c${i + 1}`} data-sort="number">{c.heading}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.href}>
              <th scope="row" id={`${id}-r${r}`} data-value={row.label}><a href={row.href}>{row.label}</a></th>
              {DISCLOSURE_COLUMNS.map((c, i) => {
                const value = row.summary[c.key];
                return (
                  <td key={c.key} className="num" headers={`${id}-c${i + 1} ${id}-r${r}`} data-value={value ?? ''}>
                    {formatDisclosureValue(value, c.percent)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
