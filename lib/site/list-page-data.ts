/**
 * Props of the list pages (Pages Router, no framework JavaScript): the home page, the issuers,
 * one issuer's reports, one kind's, one year's, and one year's comparison of 年报. Each list is cut into
 * pages of PAGE_SIZE entries, so no page grows with the archive.
 */
import type { PageContent } from '../content/preview';
import { pageContent } from '../content/preview';
import type { Issuer } from '../content/site-schema';
import type { DisclosureSummary, Report } from '../report';
import { disclosureSummary } from '../report';
import type { Column } from './columns';
import { COLUMNS, compareColumn, issuerColumn, kindColumn, yearColumn } from './columns';
import { columnHead, headTags, homeHead } from './head';
import type { ReportEntry } from './listings';
import { byYearThenIssuer, groupRuns, KIND_PAGES, kindPage, laterPages, listPageName, listPagePath, orderIssuers, pageOf, reportEntry } from './listings';
import { buildDay, dueReports } from './due';
import { frame, plainJson } from './page-data';
import { comparePath, issuerPath, kindPath, reportPath, yearPath } from './urls';

/** One step of a breadcrumb. */
export interface CrumbData {
  label: string;
  href: string;
}

/** A list entry with its issuer's page. */
export interface ListEntry extends ReportEntry {
  issuerHref: string | null;
}

/** A heading and the entries under it. */
export interface EntryGroup {
  heading: string;
  entries: ListEntry[];
}

/** Which page of how many, and the path of the first. */
export interface PaginationData {
  page: number;
  pages: number;
  base: string;
}

/** One row of a table of 年报 key rows: a department (comparison) or a year (a department's page). */
export interface DisclosureRow {
  label: string;
  /** The 年报 the row comes from. */
  href: string;
  summary: DisclosureSummary;
}

/** The issuer page of each issuer name, null for a name not listed. */
function issuerHrefs(issuers: readonly Issuer[]): (name: string) => string | null {
  const slugs = new Map(issuers.map((i) => [i.name, i.slug]));
  return (name) => {
    const slug = slugs.get(name);
    return slug ? issuerPath(slug) : null;
  };
}

function entries(reports: readonly Report[], issuers: readonly Issuer[]): ListEntry[] {
  const href = issuerHrefs(issuers);
  return reports.map((r) => ({ ...reportEntry(r), issuerHref: href(r.meta.issuer) }));
}

const HOME: CrumbData = { label: '首页', href: '/' };
const ARCHIVE: CrumbData = { label: COLUMNS.archive.name, href: COLUMNS.archive.path };
const ISSUERS: CrumbData = { label: COLUMNS.issuers.name, href: COLUMNS.issuers.path };

/** The frame, head and breadcrumb of a list page. */
function listFrame(content: PageContent, column: Column, parents: CrumbData[], page = 1) {
  const name = listPageName(column.name, page);
  return {
    ...frame(content, headTags(columnHead(content.site, column, parents.filter((c) => c !== HOME).map((c) => [c.label, c.href]), page))),
    title: name,
    crumbs: [...parents, { label: name, href: listPagePath(column.path, page) }],
  };
}

/** The reports of one list, cut to page n, grouped by `group`; null past the last page. */
function paged(reports: readonly Report[], issuers: readonly Issuer[], n: number, base: string, group: (e: ListEntry) => string) {
  const { items, page, pages } = pageOf(entries(reports, issuers), n);
  if (n < 1 || n > pages || !Number.isInteger(n)) return null;
  return {
    groups: groupRuns(items, group).map(([heading, list]): EntryGroup => ({ heading, entries: list })),
    pagination: { page, pages, base } satisfies PaginationData,
    total: reports.length,
  };
}

/** The 年报 key rows of reports, each labelled. */
function disclosureRows(reports: readonly Report[], label: (r: Report) => string): DisclosureRow[] {
  return reports.flatMap((r) => {
    const summary = disclosureSummary(r);
    return summary ? [{ label: label(r), href: reportPath(r.meta.slug), summary }] : [];
  });
}

/** Years that have reports, newest first. */
function yearsOf(reports: readonly Report[]): number[] {
  return [...new Set(reports.map((r) => r.meta.year))].sort((a, b) => b - a);
}

/** Years that have at least one 年报 to compare, newest first. */
function compareYearsOf(reports: readonly Report[]): number[] {
  return yearsOf(reports.filter((r) => r.meta.kind === '政府信息公开工作年度报告'));
}

/** Years that have at least one 年报 to compare, newest first. */
export function compareYears(): number[] {
  return compareYearsOf(pageContent().reports);
}

/** Years of 年报 key rows an issuer's page shows: the newest; older ones are on the comparison pages. */
export const YEARS_ON_ISSUER_PAGE = 10;

/** Every year's comparison as one CSV (app/compare.csv/route.ts). */
export const COMPARE_CSV = '/compare.csv';

/** Props of /issuers: every listed issuer by type, with how many reports each has published. */
export function issuersPageData() {
  const content = pageContent();
  const counts = new Map<string, number>();
  for (const r of content.reports) counts.set(r.meta.issuer, (counts.get(r.meta.issuer) ?? 0) + 1);
  const issuers = orderIssuers(content.site.issuers);
  const groups = groupRuns(issuers, (i) => i.type).map(([type, list]) => ({
    type,
    issuers: list.map((i) => ({ name: i.name, href: issuerPath(i.slug), reports: counts.get(i.name) ?? 0 })),
  }));
  return plainJson({ ...listFrame(content, COLUMNS.issuers, [HOME]), groups });
}

/** Props of page n of an issuer's page: its reports by year, and its 年报 key rows across years (first page). */
export function issuerPageData(slug: string, n = 1) {
  const content = pageContent();
  const issuers = content.site.issuers;
  const issuer = issuers.find((i) => i.slug === slug);
  if (!issuer) return null;
  const reports = byYearThenIssuer(content.reports.filter((r) => r.meta.issuer === issuer.name), [issuer]);
  const list = paged(reports, issuers, n, issuerPath(issuer.slug), (e) => `${e.year}年度`);
  if (!list) return null;
  const parent = issuers.find((i) => i.slug === issuer.parent);
  const disclosures = n === 1
    ? disclosureRows(reports.filter((r) => r.meta.kind === '政府信息公开工作年度报告').slice(0, YEARS_ON_ISSUER_PAGE),
      (r) => `${r.meta.year}年度`)
    : [];
  return plainJson({
    ...listFrame(content, issuerColumn(issuer), [HOME, ISSUERS], n),
    issuer: { name: issuer.name, type: issuer.type, parent: parent ? { name: parent.name, href: issuerPath(parent.slug) } : null },
    ...list,
    disclosures,
  });
}


/** Props of page n of a kind's page: its reports by year, then issuer. */
export function kindPageData(slug: string, n = 1) {
  const kind = KIND_PAGES.find((k) => k.slug === slug);
  if (!kind) return null;
  const content = pageContent();
  const issuers = content.site.issuers;
  const reports = byYearThenIssuer(content.reports.filter((r) => r.meta.kind === kind.kind), issuers);
  const list = paged(reports, issuers, n, kindPath(kind), (e) => `${e.year}年度`);
  if (!list) return null;
  const compare = kind.kind === '政府信息公开工作年度报告' ? compareYearsOf(content.reports).map((year) => ({ year, href: comparePath(year) })) : [];
  return plainJson({ ...listFrame(content, kindColumn(kind), [HOME, ARCHIVE], n), ...list, compare });
}

/** Props of page n of a year's page: that year's reports by kind, then issuer. */
export function yearPageData(year: number, n = 1) {
  const rank = (r: Report) => KIND_PAGES.findIndex((k) => k.kind === r.meta.kind);
  const content = pageContent();
  const issuers = content.site.issuers;
  const ordered = byYearThenIssuer(content.reports.filter((r) => r.meta.year === year), issuers);
  if (ordered.length === 0) return null;
  const reports = ordered.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
  const list = paged(reports, issuers, n, yearPath(year), (e) => kindPage(e.kind).name);
  if (!list) return null;
  const compare = compareYearsOf(content.reports).includes(year) ? comparePath(year) : null;
  return plainJson({ ...listFrame(content, yearColumn(year), [HOME, ARCHIVE], n), year, ...list, compare });
}

/** Props of a year's comparison: every listed issuer's 年报 key rows. */
export function comparePageData(year: number) {
  const content = pageContent();
  const issuers = orderIssuers(content.site.issuers);
  const reports = byYearThenIssuer(content.reports.filter((r) => r.meta.year === year && r.meta.kind === '政府信息公开工作年度报告'), issuers);
  if (reports.length === 0) return null;
  const rows = disclosureRows(reports, (r) => r.meta.issuer);
  const published = new Set(reports.map((r) => r.meta.issuer));
  const missing = issuers.filter((i: Issuer) => !published.has(i.name)).map((i) => ({ name: i.name, href: issuerPath(i.slug) }));
  return plainJson({ ...listFrame(content, compareColumn(year), [HOME, ARCHIVE, { label: '政府信息公开工作年度报告', href: kindPath(kindPage('政府信息公开工作年度报告')) }]), year, rows, missing, csv: COMPARE_CSV });
}

/** Static paths of the issuer pages: every issuer, and the later pages of those with many reports. */
export function issuerPagePaths(later: boolean): { slug: string; page?: string }[] {
  const { site, reports } = pageContent();
  return site.issuers.flatMap((i) => later
    ? laterPages(reports.filter((r) => r.meta.issuer === i.name).length).map((p) => ({ slug: i.slug, page: String(p) }))
    : [{ slug: i.slug }]);
}

/** Static paths of the kind pages. */
export function kindPagePaths(later: boolean): { kind: string; page?: string }[] {
  const { reports } = pageContent();
  return KIND_PAGES.flatMap((k) => later
    ? laterPages(reports.filter((r) => r.meta.kind === k.kind).length).map((p) => ({ kind: k.slug, page: String(p) }))
    : [{ kind: k.slug }]);
}

/** Static paths of the year pages. */
export function yearPagePaths(later: boolean): { year: string; page?: string }[] {
  const { reports } = pageContent();
  return yearsOf(reports).flatMap((year) => later
    ? laterPages(reports.filter((r) => r.meta.year === year).length).map((p) => ({ year: String(year), page: String(p) }))
    : [{ year: String(year) }]);
}

/** Props of the issuers page. */
export type IssuersPageData = ReturnType<typeof issuersPageData>;
/** Props of an issuer's page. */
export type IssuerPageData = NonNullable<ReturnType<typeof issuerPageData>>;
/** Props of a kind's page. */
export type KindPageData = NonNullable<ReturnType<typeof kindPageData>>;
/** Props of a year's page. */
export type YearPageData = NonNullable<ReturnType<typeof yearPageData>>;
/** Props of a year's comparison. */
export type ComparePageData = NonNullable<ReturnType<typeof comparePageData>>;

/** Reports of each kind the home page shows, newest first. */
export const NEWEST_PER_KIND = 3;

/** What the home page shows: the newest reports of each kind, what is due, and the ways into the archive. */
export function homeData(today: string, { site, reports }: PageContent = pageContent()) {
  const issuers = orderIssuers(site.issuers);
  const newest = KIND_PAGES.map((kind) => ({
    kind: kind.name,
    href: kindPath(kind),
    entries: entries(reports.filter((r) => r.meta.kind === kind.kind).slice(0, NEWEST_PER_KIND), issuers),
  })).filter((k) => k.entries.length > 0);
  const due = dueReports(issuers, reports.map((r) => r.meta), today).map((d) => ({
    ...d,
    missing: d.missing.map((i) => ({ name: i.name, href: issuerPath(i.slug) })),
    kindHref: kindPath(kindPage(d.kind)),
  }));
  return {
    today,
    newest,
    due,
    kinds: KIND_PAGES.map((k) => ({ name: k.name, href: kindPath(k), count: reports.filter((r) => r.meta.kind === k.kind).length })).filter((k) => k.count > 0),
    years: yearsOf(reports).map((year) => ({ year, href: yearPath(year) })),
    issuers: issuers.length,
  };
}

/** Props of the home page's lists. */
export type HomeData = ReturnType<typeof homeData>;

/** Props of the home page (pages/index.tsx): its frame and head, the site's name and its lists as of the build day. */
export function homePageData() {
  const content = pageContent();
  return plainJson({
    ...frame(content, headTags(homeHead(content.site))),
    siteName: content.site.siteName,
    government: content.site.government,
    lists: homeData(buildDay(), content),
  });
}

/** Props of the home page. */
export type HomePageData = ReturnType<typeof homePageData>;

/** Reports the 年度报告 column lists: the newest; the rest are reached by kind, year and issuer. */
export const NEWEST_IN_COLUMN = 20;

/** Props of /reports (pages/reports/index.tsx): the newest reports, what the list shows of each. */
export function reportsColumnData() {
  const content = pageContent();
  return plainJson({
    ...frame(content, headTags(columnHead(content.site, COLUMNS.reports))),
    reports: content.reports.slice(0, NEWEST_IN_COLUMN).map(({ meta: { slug, title, year, issuer, published, columns } }) => ({ meta: { slug, title, year, issuer, published, columns } })),
  });
}

/** Props of /reports. */
export type ReportsColumnData = ReturnType<typeof reportsColumnData>;

/** What /archive lists: every kind, every year (with counts), the issuers and each year's comparison. */
export function archiveData({ site, reports }: PageContent = pageContent()) {
  return {
    kinds: KIND_PAGES.map((k) => ({ name: k.name, href: kindPath(k), count: reports.filter((r) => r.meta.kind === k.kind).length })),
    years: yearsOf(reports).map((year) => ({ year, href: yearPath(year), count: reports.filter((r) => r.meta.year === year).length })),
    compare: compareYearsOf(reports).map((year) => ({ year, href: comparePath(year) })),
    issuers: site.issuers.length,
  };
}

/** What /archive lists. */
export type ArchiveData = ReturnType<typeof archiveData>;

/** Props of /archive (pages/archive.tsx): its frame and head, and what it lists. */
export function archivePageData() {
  const content = pageContent();
  return plainJson({ ...frame(content, headTags(columnHead(content.site, COLUMNS.archive))), archive: archiveData(content) });
}

/** Props of /archive. */
export type ArchivePageData = ReturnType<typeof archivePageData>;

/** Every list page's path (the sitemap lists them): the issuers, each issuer's, kind's and year's pages, each comparison. */
export function listPagePaths(): string[] {
  const later = <T extends { page?: string }>(paths: T[], base: (p: T) => string) => paths.map((p) => listPagePath(base(p), Number(p.page ?? 1)));
  return [
    '/issuers',
    ...later([...issuerPagePaths(false), ...issuerPagePaths(true)], (p) => issuerPath(p.slug)),
    ...later([...kindPagePaths(false), ...kindPagePaths(true)], (p) => `/kinds/${p.kind}`),
    ...later([...yearPagePaths(false), ...yearPagePaths(true)], (p) => `/years/${p.year}`),
    ...compareYears().map(comparePath),
  ];
}

/** The choices of the search page's filters: listed issuers with reports, kinds with reports, years. */
export function searchFilterOptions() {
  const { site, reports } = pageContent();
  const has = (test: (r: Report) => boolean) => reports.some(test);
  return {
    issuers: orderIssuers(site.issuers).map((i) => i.name).filter((name) => has((r) => r.meta.issuer === name)),
    kinds: KIND_PAGES.map((k) => k.kind).filter((kind) => has((r) => r.meta.kind === kind)),
    years: yearsOf(reports),
  };
}
