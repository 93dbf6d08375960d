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

function cell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
