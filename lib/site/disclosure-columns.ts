/**
 * The columns of a table of 年报 key rows (the comparison of departments, a department's
 * years) and of its CSV: one definition, so the page and the file say the same.
 */
import type { DisclosureSummary } from '../report';
import { csvFile } from '../report';

/** One column: its heading, the summary field it shows, and whether it is a percentage. */
export interface DisclosureColumn {
  key: keyof DisclosureSummary;
  heading: string;
  percent: boolean;
}

/** The columns, in order. */
export const DISCLOSURE_COLUMNS: readonly DisclosureColumn[] = [
  { key: 'received', heading: '本年新收申请（件）', percent: false },
  { key: 'handled', heading: '办理结果总计（件）', percent: false },
  { key: 'disclosed', heading: '予以公开（件）', percent: false },
  { key: 'disclosedShare', heading: '予以公开比例', percent: true },
  { key: 'reviews', heading: '行政复议（件）', percent: false },
  { key: 'reviewsCorrected', heading: '复议结果纠正（件）', percent: false },
  { key: 'lawsuits', heading: '行政诉讼（件）', percent: false },
  { key: 'lawsuitsCorrected', heading: '诉讼结果纠正（件）', percent: false },
  { key: 'correctedRate', heading: '复议和诉讼纠正率', percent: true },
];

/** A value as the table shows it: 51.0% for a percentage, — when there is none. */
export function formatDisclosureValue(value: number | null, percent: boolean): string {
  if (value === null) return '—';
  return percent ? `${value.toFixed(1)}%` : String(value);
}

/**
 * Issuers' 年报 key rows as CSV (UTF-8 with BOM, CRLF, the formula guard of lib/report/csv.ts):
 * the year and the issuer, then each column's value as a plain number (percentages without the
 * % sign, empty when there is none), then the report's address.
 */
export function disclosureCsv(rows: readonly { year: number; label: string; href: string; summary: DisclosureSummary }[], origin: string): string {
  const header = ['年度', '发布机关', ...DISCLOSURE_COLUMNS.map((c) => (c.percent ? `${c.heading}（%）` : c.heading)), '报告地址'];
  return csvFile(header, rows.map((row) => [row.year, row.label, ...DISCLOSURE_COLUMNS.map((c) => row.summary[c.key]), new URL(row.href, `${origin}/`).href]));
}
