import type { GetStaticPathsResult } from 'next';
import type { PageContent } from '../content/preview';
import { isPreview, pageContent } from '../content/preview';
import { reportSlugParams } from '../content/queries';
import type { Report } from '../report';
import { compareDisclosureYears, figureChange, headlineFigures, neighbourLinks, yearNeighbours } from '../report';
import { handReport } from './handed-reports';
import type { HeadTag } from './head';
import { COLUMNS } from './columns';
import { columnHead, documentTags, errorHead, figuresHead, headTags, reportHead } from './head';
import { islandScriptSrc } from './islands';

/**
 * A value as Pages Router props must be: plain JSON (undefined fields dropped). The report
 * and figures pages render from such props at build time; with no page JavaScript, the
 * props never reach the browser.
 */
export function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** What every Pages Router page needs besides its content: site, page script, preview problems and head. */
export function frame(content: PageContent, head: HeadTag[]) {
  return { site: content.site, scriptSrc: islandScriptSrc(), problems: content.problems, head: [...documentTags(), ...head] };
}

/** Props of /accessibility (pages/accessibility.tsx): its frame and head; the statement itself is in the page. */
export function accessibilityPageData() {
  const content = pageContent();
  return plainJson(frame(content, headTags(columnHead(content.site, COLUMNS.accessibility))));
}

/** Props of /accessibility. */
export type AccessibilityPageData = ReturnType<typeof accessibilityPageData>;

/**
 * The content a page renders from, read once per page (the preview reads and checks every
 * file on each call), with the report of `slug`; null when there is no such report.
 */
function withReport(slug: string): { content: PageContent; report: Report } | null {
  const content = pageContent();
  const report = content.reports.find((r) => r.meta.slug === slug);
  return report ? { content, report } : null;
}

/**
 * getStaticPaths of a Pages Router page from its parameters. A build renders those paths and
 * no other. The preview (npm run dev) also renders any other path on request ('blocking'; an
 * unknown one gets the not-found page, with the content errors): next dev answers a request
 * from the path list of an earlier one while it recomputes the list, so with `false` a report
 * file (or a year, issuer or kind's first report) added while the preview runs answered 404 on
 * the next reload.
 */
export function staticPaths<P extends Record<string, string>>(params: readonly P[]): GetStaticPathsResult<P> {
  return { paths: params.map((p) => ({ params: p })), fallback: isPreview() ? 'blocking' : false };
}

/** Paths of the report and figures pages: one per report. */
export function reportPagePaths(): GetStaticPathsResult<{ slug: string }> {
  return staticPaths(reportSlugParams());
}

/** Props of the report page (/reports/<slug>), or null when there is no such report. */
export function reportPageData(slug: string) {
  const found = withReport(slug);
  if (!found) return null;
  const { content, report } = found;
  const neighbours = yearNeighbours(report, content.reports);
  // The report itself is handed to the render, not carried in props (handed-reports.ts).
  return plainJson({
    ...frame(content, headTags(reportHead(content.site, report))),
    reportKey: handReport(report),
    neighbours: neighbourLinks(neighbours),
    figures: headlineFigures(report).map((figure) => ({ figure, change: figureChange(figure, neighbours.previous) })),
  });
}

/** Props of the figures page (/reports/<slug>/figures), or null when there is no such report. */
export function figuresPageData(slug: string) {
  const found = withReport(slug);
  if (!found) return null;
  const { content, report } = found;
  const { previous } = yearNeighbours(report, content.reports);
  const comparison = previous ? { previousYear: previous.meta.year, lines: compareDisclosureYears(report, previous) } : null;
  return plainJson({ ...frame(content, headTags(figuresHead(content.site, report))), reportKey: handReport(report), comparison });
}

/** Props of the server-error page. */
export function errorPageData() {
  const content = pageContent();
  return plainJson(frame(content, errorHead(content.site)));
}

/** Props of the report page. */
export type ReportPageData = NonNullable<ReturnType<typeof reportPageData>>;
/** Props of the figures page. */
export type FiguresPageData = NonNullable<ReturnType<typeof figuresPageData>>;
/** Props of the server-error page. */
export type ErrorPageData = ReturnType<typeof errorPageData>;
