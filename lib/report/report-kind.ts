import type { ReportMeta } from './meta-schema';

/**
 * What makes a report one of a kind: one issuing body publishes one report of each kind
 * (meta.kind: 法治政府建设年度报告, 政府信息公开工作年度报告, 政府工作报告) per year. Two reports
 * with the same identity are the same report published twice. Reports of kind 其他 are
 * told apart by their titles as well: a body may publish several special reports in a year.
 */
export function reportIdentity(meta: Pick<ReportMeta, 'title' | 'issuer' | 'year' | 'kind'>): string {
  const parts = [meta.issuer.replace(/[\s\u3000]+/g, ''), meta.year, meta.kind];
  if (meta.kind === '其他') parts.push(meta.title.replace(/[\s\u3000]+/g, ''));
  return parts.join('\u0000');
}
