import type { Metric, Report } from './types';

/** The quantities of one part of a report, as the figures page lists them. */
export interface MetricGroup {
  /** Anchor of the group on the figures page (the section's id, intro, closing …). */
  id: string;
  /** Heading: 一、标题, 引言, a part's 导语, the closing's title, an appendix's title. */
  title: string;
  metrics: Metric[];
}

/**
 * Every quantity of a report in text order, grouped by the part of the report holding it:
 * the intro, each part's intro, each section, the closing, each appendix. Groups without a
 * quantity are left out. Membership follows the metric ids lib/report gives (intro-m1,
 * part-2-intro-m1, section-3-m4, closing-m1, appendix-1-m2).
 */
export function metricGroups(report: Report): MetricGroup[] {
  const under = (prefix: string) => report.metrics.filter((m) => m.id.startsWith(`${prefix}-m`));
  const groups: MetricGroup[] = [{ id: 'intro', title: '引言', metrics: under('intro') }];
  report.sections.forEach((section, i) => {
    if (section.partIntro !== null && section.part !== null) {
      const prefix = section.id.replace(/-section-\d+$/, '-intro');
      groups.push({ id: prefix, title: `${section.part}（导语）`, metrics: under(prefix) });
    }
    const part = section.part !== null && section.part !== (report.sections[i - 1]?.part ?? null) ? `${section.part} ` : '';
    groups.push({ id: section.id, title: `${part}${section.ordinal}、${section.title}`, metrics: section.metrics });
  });
  if (report.closing) groups.push({ id: 'closing', title: report.closing.title, metrics: under('closing') });
  for (const appendix of report.appendices) groups.push({ id: appendix.id, title: appendix.title, metrics: under(appendix.id) });
  return groups.filter((g) => g.metrics.length > 0);
}
