import type { HeadlineFigure } from './figures';
import { disclosureFigures } from './disclosure-figures';
import { metricKeys } from './figures';
import type { Metric, Report } from './types';

/** The same issuing body's reports for the nearest earlier and later years. */
export interface YearNeighbours {
  previous: Report | null;
  next: Report | null;
}

/** Finds the reports of the same issuing body and kind just before and after this one. */
export function yearNeighbours(report: Report, all: readonly Report[]): YearNeighbours {
  const same = all.filter((r) => r.meta.issuer === report.meta.issuer && r.meta.kind === report.meta.kind && r !== report);
  const before = same.filter((r) => r.meta.year < report.meta.year).sort((a, b) => b.meta.year - a.meta.year);
  const after = same.filter((r) => r.meta.year > report.meta.year).sort((a, b) => a.meta.year - b.meta.year);
  return { previous: before[0] ?? null, next: after[0] ?? null };
}

/** A link to another report: its slug and title. */
export interface ReportLink {
  slug: string;
  title: string;
}

/** The neighbours as links (what a page shows of them). */
export function neighbourLinks({ previous, next }: YearNeighbours): { previous: ReportLink | null; next: ReportLink | null } {
  const link = (report: Report | null) => (report ? { slug: report.meta.slug, title: report.meta.title } : null);
  return { previous: link(previous), next: link(next) };
}

/** How a figure changed from the previous year's report. */
export interface FigureChange {
  previousYear: number;
  /** The previous year's figure as written, e.g. 377件. */
  previousText: string;
  /** This year's value minus last year's (normalised units). */
  delta: number;
  direction: 'up' | 'down' | 'same';
  /** The change in words, e.g. 增加12件, 上升1.5个百分点, 减少200万元. */
  description: string;
}

const round = (n: number) => Number(n.toPrecision(10));

/** A normalised amount written back the way the figure is written (万元, 亿元, 个百分点 …). */
export function formatAmount(amount: number, like: Metric): string {
  if (like.kind === 'percent' || like.kind === 'gap') return `${round(amount)}${like.unit === '%' || like.unit === '百分点' ? '个百分点' : like.unit}`;
  if (like.text.includes('亿')) return `${round(amount / 1e8)}亿${like.unit}`;
  if (like.text.includes('万')) return `${round(amount / 1e4)}万${like.unit}`;
  return `${round(amount)}${like.unit}`;
}

/** Compares a figure with the metric of the same key in the previous year's report. */
export function figureChange(figure: HeadlineFigure, previous: Report | null): FigureChange | null {
  if (!previous) return null;
  const keys = metricKeys(previous);
  const match = previous.metrics.find((m) => keys.get(m.id) === figure.key) ??
    disclosureFigures(previous).find((f) => f.key === figure.key)?.metric;
  if (!match) return null;
  const delta = round(figure.metric.value - match.value);
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const verb = figure.metric.kind === 'percent' || figure.metric.kind === 'gap'
    ? { up: '上升', down: '下降', same: '持平' }[direction]
    : { up: '增加', down: '减少', same: '持平' }[direction];
  return {
    previousYear: previous.meta.year,
    previousText: match.text,
    delta,
    direction,
    description: direction === 'same' ? verb : `${verb}${formatAmount(Math.abs(delta), figure.metric)}`,
  };
}
