import { joinLabelPath } from './table-values';
import type { Report } from './types';

/** The columns of metrics.csv, in order, with their Chinese headings. */
export const CSV_COLUMNS = [
  ['section', '部分'],
  ['label', '名称'],
  ['text', '原文'],
  ['value', '数值'],
  ['unit', '单位'],
  ['kind', '类型'],
  ['approximate', '约数'],
  ['min', '范围下限'],
  ['max', '范围上限'],
  ['bound', '限值'],
  ['target', '目标'],
  ['point', '小点'],
] as const;

/** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=HYPERLINK(…), +1-1, @SUM)
 * gets a leading apostrophe, so Excel and WPS show it as text; numbers stay numbers.
 */
function cell(value: string | number | boolean | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${raw}` : raw;
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark so Excel and WPS open the Chinese text; CRLF line ends (RFC 4180). */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** One metric per row. */
export function metricsCsv(report: Report): string {
  return csvFile(CSV_COLUMNS.map(([, heading]) => heading), report.metrics.map((m) => CSV_COLUMNS.map(([key]) => m[key])));
}

/** The columns of tables.csv. */
export const TABLES_CSV_COLUMNS = ['表', '行', '列', '数值'] as const;

/**
 * One value cell per row: the table (its caption, or 表N), the row's and the column's label
 * paths joined by ` / `, and the value (empty when not applicable).
 */
export function tablesCsv(report: Report): string {
  const rows = report.tables.flatMap((table, t) => table.rows.flatMap((row) => row.values.map((value, c) => [
    table.title || `表${t + 1}`,
    joinLabelPath(row.label),
    joinLabelPath(table.columns[c] ?? []),
    value,
  ])));
  return csvFile(TABLES_CSV_COLUMNS, rows);
}
