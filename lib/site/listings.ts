/**
 * How the list pages divide the archive: the kinds of report with their page slugs, pages of
 * a fixed number of entries, and the short summary of a report a list shows. Pure: the same
 * data for the pages, the sitemap and the tests.
 */
import type { Issuer } from '../content/site-schema';
import type { Report, ReportKind } from '../report';

/** Entries on one list page: with the page frame, a page stays far under 150 KB. */
export const PAGE_SIZE = 50;

/** A kind of report, as the site names and addresses it. */
export interface KindPage {
  kind: ReportKind;
  /** URL name: /kinds/<slug>. */
  slug: string;
  /** Short name for headings and links. */
  name: string;
}

/** The kinds, in the order the home page shows them. */
export const KIND_PAGES: readonly KindPage[] = [
  { kind: '政府信息公开工作年度报告', slug: 'xxgk', name: '政府信息公开工作年度报告' },
  { kind: '法治政府建设年度报告', slug: 'fzzf', name: '法治政府建设年度报告' },
  { kind: '政府工作报告', slug: 'gzbg', name: '政府工作报告' },
  { kind: '其他', slug: 'qita', name: '其他报告' },
];

/** The page of a kind. */
export function kindPage(kind: ReportKind): KindPage {
  return KIND_PAGES.find((k) => k.kind === kind) ?? KIND_PAGES.at(-1)!;
}

/** What a list shows of one report. */
export interface ReportEntry {
  slug: string;
  title: string;
  year: number;
  issuer: string;
  kind: ReportKind;
  /** RFC 3339 publication time. */
  published: string;
}

/** A report as a list entry. */
export function reportEntry(report: Report): ReportEntry {
  const { slug, title, year, issuer, kind, published } = report.meta;
  return { slug, title, year, issuer, kind, published };
}

/** Path of page n (1-based) of a list whose first page is `base`: base, base/2, base/3 … */
export function listPagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}/${n}`;
}

/** The name of page n of a list: its own name, then 名称（第2页）… */
export function listPageName(name: string, n: number): string {
  return n <= 1 ? name : `${name}（第${n}页）`;
}

/** The items of page n (1-based), and how many pages there are (at least one). */
export function pageOf<T>(items: readonly T[], n: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((n - 1) * size, n * size), page: n, pages };
}

/** The page numbers past the first of a list of `count` items (for static paths). */
export function laterPages(count: number, size = PAGE_SIZE): number[] {
  const pages = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: pages - 1 }, (_, i) => i + 2);
}

/** Issuer order: by type (政府, 区县, 部门), then as listed in site.yaml. */
const TYPE_ORDER: Record<Issuer['type'], number> = { 政府: 0, 区县: 1, 部门: 2 };

/** The issuers in the order lists and the comparison show them. */
export function orderIssuers(issuers: readonly Issuer[]): Issuer[] {
  return issuers.map((issuer, i) => ({ issuer, i }))
    .sort((a, b) => TYPE_ORDER[a.issuer.type] - TYPE_ORDER[b.issuer.type] || a.i - b.i)
    .map(({ issuer }) => issuer);
}

/** Reports newest year first; within a year, in issuer order, then by kind. */
export function byYearThenIssuer(reports: readonly Report[], issuers: readonly Issuer[]): Report[] {
  const rank = new Map(orderIssuers(issuers).map((issuer, i) => [issuer.name, i]));
  const kindRank = (r: Report) => KIND_PAGES.findIndex((k) => k.kind === r.meta.kind);
  return [...reports].sort((a, b) => b.meta.year - a.meta.year
    || (rank.get(a.meta.issuer) ?? Infinity) - (rank.get(b.meta.issuer) ?? Infinity)
    || kindRank(a) - kindRank(b)
    || a.meta.title.localeCompare(b.meta.title, 'zh-CN'));
}

/** Consecutive entries sharing a key, as [key, entries] in order. */
export function groupRuns<T, K>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
  const groups: [K, T[]][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last[0] === key(item)) last[1].push(item);
    else groups.push([key(item), [item]]);
  }
  return groups;
}
