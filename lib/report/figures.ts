import { disclosureFigures } from './disclosure-figures';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import type { FigureChoice } from './meta-schema';
import type { Metric, Report } from './types';

/** A figure shown in the key-figures panel. */
export interface HeadlineFigure {
  metric: Metric;
  /** Label shown with it (staff's choice or the metric's own). */
  label: string;
  /** Key for matching the same figure in other years. */
  key: string;
}

/** How many figures the panel shows when staff choose none. */
export const DEFAULT_FIGURE_COUNT = 4;

/** Finds the metric a front-matter figure entry names. */
function findChoice(report: Report, choice: FigureChoice): Metric | undefined {
  return report.metrics.find((m) => m.text === choice.text && (choice.section === undefined || m.section === choice.section));
}

/** The key matching a figure across years: staff's key, else normalised label and unit. */
export function figureKey(metric: Metric, label = metric.label): string {
  const normalised = label.replace(/[\s\u3000“”"'‘’（）()《》、,，.。]/g, '').replace(/^(全市|全区|全省|市本级|本级|全年|共|累计)/, '');
  return `${normalised}|${metric.unit}`;
}

/** How telling a metric is as a key figure; 0 for one that cannot stand there (no name, a goal, a limit). */
function score(metric: Metric): number {
  if (metric.label.length < 2 || metric.target || metric.bound !== null) return 0;
  if (metric.kind === 'money') return 5;
  if (metric.kind === 'percent' && /率|比例|占比/.test(metric.label)) return 4;
  if (metric.kind === 'count' && metric.value >= 100) return 3;
  return 1;
}

/** The most telling metric of each group, in text order. */
function bestOfEach(groups: readonly Metric[][]): Metric[] {
  return groups
    .map((group) => [...group].sort((a, b) => score(b) - score(a))[0])
    .filter((m): m is Metric => m !== undefined && score(m) > 1);
}

/** Metrics grouped by a key, groups in order of their first metric. */
function groupBy(metrics: readonly Metric[], key: (m: Metric) => string): Metric[][] {
  const groups = new Map<string, Metric[]>();
  for (const m of metrics) groups.set(key(m), [...(groups.get(key(m)) ?? []), m]);
  return [...groups.values()];
}

/**
 * A default selection: the most telling figure of each section, the best few in text order.
 * When fewer sections than figures have one (a report whose figures all sit in one section),
 * each sub-point counts as a group of its own, so that the figures spread over the report.
 * Goals, limits and figures without a name never stand there.
 */
function defaultFigures(report: Report): Metric[] {
  const metrics = report.sections.flatMap((s) => s.metrics);
  let best = bestOfEach(groupBy(metrics, (m) => String(m.section)));
  if (best.length < DEFAULT_FIGURE_COUNT) best = bestOfEach(groupBy(metrics, (m) => `${m.section}:${m.point}`));
  const top = [...best].sort((a, b) => score(b) - score(a)).slice(0, DEFAULT_FIGURE_COUNT);
  return best.filter((m) => top.includes(m));
}

/** Explicit keys staff gave in front matter, by metric id. */
function explicitKeys(report: Report): Map<string, string> {
  const keys = new Map<string, string>();
  for (const choice of report.meta.figures) {
    const metric = findChoice(report, choice);
    if (metric && choice.key) keys.set(metric.id, choice.key);
  }
  return keys;
}

/** The key of every metric of a report, honouring staff's explicit keys. */
export function metricKeys(report: Report): Map<string, string> {
  const explicit = explicitKeys(report);
  return new Map(report.metrics.map((m) => [m.id, explicit.get(m.id) ?? figureKey(m)]));
}

/** The key figures of a report: staff's choice in order, a 年报's figures from its tables, or a default selection. */
export function headlineFigures(report: Report): HeadlineFigure[] {
  const keys = metricKeys(report);
  const chosen = report.meta.figures.filter((c) => c.headline);
  if (chosen.length > 0) {
    return chosen.flatMap((choice) => {
      const metric = findChoice(report, choice);
      return metric ? [{ metric, label: choice.label ?? metric.label, key: keys.get(metric.id) ?? figureKey(metric) }] : [];
    });
  }
  const fromTables = disclosureFigures(report);
  if (fromTables.length > 0) return fromTables;
  return defaultFigures(report).map((metric) => ({ metric, label: metric.label, key: keys.get(metric.id) ?? figureKey(metric) }));
}

/**
 * The report with the labels staff gave in front matter (figures: text + label) on its
 * metrics, so that the figures page, data.json and metrics.csv name them as 数说 does.
 */
export function withStaffLabels(report: Report): Report {
  const labels = new Map<string, string>();
  for (const choice of report.meta.figures) {
    const metric = choice.label ? findChoice(report, choice) : undefined;
    if (metric && choice.label) labels.set(metric.id, choice.label);
  }
  if (labels.size === 0) return report;
  const relabel = (m: Metric): Metric => (labels.has(m.id) ? { ...m, label: labels.get(m.id) ?? m.label } : m);
  return {
    ...report,
    sections: report.sections.map((s) => ({ ...s, metrics: s.metrics.map(relabel) })),
    metrics: report.metrics.map(relabel),
  };
}

/** Front-matter figure entries that name no quantity of the body, as problems for staff. */
export function figureProblems(report: Report, file: string, yamlLine: (index: number) => number): ContentProblem[] {
  return report.meta.figures.flatMap((choice, index) =>
    findChoice(report, choice)
      ? []
      : [problem(file, yamlLine(index), `figures[${index}].text`,
          `正文${choice.section ? `第${choice.section}部分` : ''}中没有“${choice.text}”这个数据：请照正文原样填写（包括单位），或删去这一项`)]);
}
