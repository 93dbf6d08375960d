import { getPreviewProblems, getReports, getSite } from '../content/queries';
import type { Report } from '../report';
import { compareDisclosureYears, figureChange, headlineFigures, neighbourLinks, yearNeighbours } from '../report';
import type { HeadTag } from './head';
import { documentTags, errorHead, figuresHead, headTags, reportHead } from './head';
import { islandScriptSrc } from './islands';

/**
 * A value as Pages Router props must be: plain JSON (undefined fields dropped). The report
 * and figures pages render from such props at build time; with no page JavaScript, the
 * props never reach the browser.
 */
function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** What every Pages Router page needs besides its content: site, page script, preview problems and head. */
function frame(head: HeadTag[]) {
  return { site: getSite(), scriptSrc: islandScriptSrc(), problems: getPreviewProblems(), head: [...documentTags(), ...head] };
}

/** Props of the report page (/reports/<slug>). */
export function reportPageData(report: Report) {
  const neighbours = yearNeighbours(report, getReports());
  return plainJson({
    ...frame(headTags(reportHead(getSite(), report))),
    report,
    neighbours: neighbourLinks(neighbours),
    figures: headlineFigures(report).map((figure) => ({ figure, change: figureChange(figure, neighbours.previous) })),
  });
}

/** Props of the figures page (/reports/<slug>/figures). */
export function figuresPageData(report: Report) {
  const { previous } = yearNeighbours(report, getReports());
  const comparison = previous ? { previousYear: previous.meta.year, lines: compareDisclosureYears(report, previous) } : null;
  return plainJson({ ...frame(headTags(figuresHead(getSite(), report))), report, comparison });
}

/** Props of the server-error page. */
export function errorPageData() {
  return plainJson(frame(errorHead(getSite())));
}

/** Props of the report page. */
export type ReportPageData = ReturnType<typeof reportPageData>;
/** Props of the figures page. */
export type FiguresPageData = ReturnType<typeof figuresPageData>;
/** Props of the server-error page. */
export type ErrorPageData = ReturnType<typeof errorPageData>;
