import type { MatchedCell, TableMatch } from './disclosure-match';
import { labelKey, matchDisclosure, matchedCell } from './disclosure-match';
import type { HeadlineFigure } from './figures';
import { columnHeaderId } from './table-html';
import type { Metric, Report } from './types';

/** A figure read from a table: a metric-like quantity whose id is the cell (or header) it stands in. */
function figure(key: string, label: string, id: string, value: number, unit: string, kind: Metric['kind'], section: number | null): HeadlineFigure {
  const text = `${value}${unit === '%' ? '%' : unit}`;
  return { key, label, metric: { id, text, value, unit, kind, approximate: false, min: null, max: null, bound: null, target: false, label, section, point: null } };
}

/** A cell as a count: its number, 0 when not applicable (blank or /), null when absent or text. */
export const asNumber = (cell: MatchedCell | null) => (cell && typeof cell.value === 'number' ? cell.value : cell && cell.value === null ? 0 : null);

/** Applications received, and the share of those handled that were disclosed in full. */
function applicationFigures(match: TableMatch): HeadlineFigure[] {
  const section = match.table.section;
  const received = matchedCell(match, 'new', 'total');
  const disclosed = matchedCell(match, 'disclosed', 'total');
  const handled = asNumber(matchedCell(match, 'result-total', 'total'));
  const figures: HeadlineFigure[] = [];
  const receivedValue = asNumber(received);
  if (received && receivedValue !== null) {
    figures.push(figure('disclosure-applications', '本年新收政府信息公开申请', received.id, receivedValue, '件', 'count', section));
  }
  const disclosedValue = asNumber(disclosed);
  if (disclosed && disclosedValue !== null && handled) {
    const share = Number(((disclosedValue / handled) * 100).toFixed(1));
    figures.push(figure('disclosure-disclosed-share', `予以公开占办理结果的比例（${disclosedValue}件/${handled}件）`, disclosed.id, share, '%', 'percent', section));
  }
  return figures;
}

/** Reconsiderations and lawsuits over disclosure: totals, and how many ended 纠正. */
function appealFigures(match: TableMatch): HeadlineFigure[] {
  const section = match.table.section;
  const review = asNumber(matchedCell(match, 'count', 'review-total'));
  const reviewCell = matchedCell(match, 'count', 'review-total');
  const corrected = asNumber(matchedCell(match, 'count', 'review-corrected')) ?? 0;
  const figures: HeadlineFigure[] = [];
  if (reviewCell && review !== null) {
    figures.push(figure('disclosure-reconsiderations', `政府信息公开行政复议（其中结果纠正${corrected}件）`, reviewCell.id, review, '件', 'count', section));
  }
  const direct = asNumber(matchedCell(match, 'count', 'direct-total'));
  const after = asNumber(matchedCell(match, 'count', 'after-review-total'));
  const litigationColumn = match.table.columns.findIndex((path) => labelKey(path[0] ?? '') === '行政诉讼');
  if (direct !== null && after !== null && litigationColumn >= 0) {
    const litigationCorrected = (asNumber(matchedCell(match, 'count', 'direct-corrected')) ?? 0) +
      (asNumber(matchedCell(match, 'count', 'after-review-corrected')) ?? 0);
    // The sum of two groups is no single cell: the figure links to the 行政诉讼 header over both.
    figures.push(figure('disclosure-lawsuits', `政府信息公开行政诉讼（其中结果纠正${litigationCorrected}件）`,
      columnHeaderId(match.table.id, litigationColumn, 0), direct + after, '件', 'count', section));
  }
  return figures;
}

/**
 * 数说 of a 年报, read from its tables: applications received, the share disclosed in full,
 * reconsiderations and lawsuits with how many were 纠正, each linking to the cell it comes from.
 * Empty for any other report, or when the tables lack these cells.
 */
export function disclosureFigures(report: Pick<Report, 'meta' | 'tables'>): HeadlineFigure[] {
  const match = matchDisclosure(report);
  if (!match) return [];
  return match.tables.flatMap((m) =>
    m.format.key === 'applications' ? applicationFigures(m) : m.format.key === 'appeals' ? appealFigures(m) : []);
}
