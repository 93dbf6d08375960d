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

/**
 * One metric per row, UTF-8 with a byte-order mark so Excel and WPS open the Chinese text
 * correctly, CRLF line ends as RFC 4180 says.
 */
export function metricsCsv(report: Report): string {
  const header = CSV_COLUMNS.map(([, heading]) => heading).join(',');
  const rows = report.metrics.map((m) => CSV_COLUMNS.map(([key]) => cell(m[key])).join(','));
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}
