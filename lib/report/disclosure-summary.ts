import { asNumber } from './disclosure-figures';
import type { TableMatch } from './disclosure-match';
import { matchDisclosure, matchedCell } from './disclosure-match';
import type { Report } from './types';

/**
 * The key rows of one 年报, read from its national-format tables (never from its prose): what
 * the comparison of departments and a department's page show. A value is null when the
 * report's tables lack its cell.
 */
export interface DisclosureSummary {
  /** 本年新收政府信息公开申请数量 (表三, 总计). */
  received: number | null;
  /** 办理结果总计 (表三). */
  handled: number | null;
  /** 予以公开 (表三, 总计). */
  disclosed: number | null;
  /** 予以公开 as a percentage of 办理结果总计, one decimal; null when none were handled. */
  disclosedShare: number | null;
  /** 行政复议总计 (表四). */
  reviews: number | null;
  /** 行政复议 结果纠正. */
  reviewsCorrected: number | null;
  /** 行政诉讼总计: 未经复议直接起诉 and 复议后起诉 together. */
  lawsuits: number | null;
  /** 行政诉讼 结果纠正, both groups. */
  lawsuitsCorrected: number | null;
  /** 纠正 of reconsiderations and lawsuits together as a percentage of both totals, one decimal; null when there were none. */
  correctedRate: number | null;
}

const percent = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : Number(((part / whole) * 100).toFixed(1));

const sum = (...values: (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0));

/** The key rows of a 年报, or null for any other report or one whose tables match no national format. */
export function disclosureSummary(report: Pick<Report, 'meta' | 'tables'>): DisclosureSummary | null {
  const match = matchDisclosure(report);
  if (!match) return null;
  const table = (key: string): TableMatch | undefined => match.tables.find((t) => t.format.key === key);
  const applications = table('applications');
  const appeals = table('appeals');
  const cell = (m: TableMatch | undefined, row: string, column: string) => (m ? asNumber(matchedCell(m, row, column)) : null);
  const handled = cell(applications, 'result-total', 'total');
  const disclosed = cell(applications, 'disclosed', 'total');
  const reviews = cell(appeals, 'count', 'review-total');
  const reviewsCorrected = cell(appeals, 'count', 'review-corrected');
  const lawsuits = sum(cell(appeals, 'count', 'direct-total'), cell(appeals, 'count', 'after-review-total'));
  const lawsuitsCorrected = sum(cell(appeals, 'count', 'direct-corrected'), cell(appeals, 'count', 'after-review-corrected'));
  return {
    received: cell(applications, 'new', 'total'),
    handled,
    disclosed,
    disclosedShare: percent(disclosed, handled),
    reviews,
    reviewsCorrected,
    lawsuits,
    lawsuitsCorrected,
    correctedRate: percent(sum(reviewsCorrected, lawsuitsCorrected), sum(reviews, lawsuits)),
  };
}
