import type { ReportMeta } from './meta-schema';

/** The kinds of annual report a department publishes each year. */
export type ReportKind = 'rule-of-law' | 'information-disclosure';

/** How staff name each kind. */
export const REPORT_KIND_NAMES: Readonly<Record<ReportKind, string>> = {
  'rule-of-law': '法治政府建设年度报告',
  'information-disclosure': '政府信息公开工作年度报告',
};

/**
 * A report's kind. Until the front matter gets a `kind` field (which then replaces this
 * function), it is read from the title: a title naming 政府信息公开 is the disclosure
 * report; any other title is the 法治政府建设 report.
 */
export function reportKind(meta: Pick<ReportMeta, 'title'>): ReportKind {
  return /政府信息公开/.test(meta.title) ? 'information-disclosure' : 'rule-of-law';
}

/**
 * What makes a report one of a kind: one issuing body publishes one report of each kind per
 * year. Two reports with the same identity are the same report published twice.
 */
export function reportIdentity(meta: Pick<ReportMeta, 'title' | 'issuer' | 'year'>): string {
  return [meta.issuer.replace(/[\s\u3000]+/g, ''), meta.year, reportKind(meta)].join('\u0000');
}
