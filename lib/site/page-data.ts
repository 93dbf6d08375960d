import { getReports, getSite } from '../content/queries';
import type { Report } from '../report';
import { compareDisclosureYears, figureChange, headlineFigures, neighbourLinks, yearNeighbours } from '../report';
import { headTags } from './head-tags';
import { islandScriptSrc } from './islands';
import { pageMetadata, reportMetadata, siteMetadata, VIEWPORT } from './metadata';
import { reportPath } from './urls';

/**
 * A value as Pages Router props must be: plain JSON (undefined fields dropped). The report
 * and figures pages render from such props at build time; with no page JavaScript, the
 * props never reach the browser.
 */
function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** What every Pages Router page needs besides its content: site, page script and head. */
function frame(head: ReturnType<typeof headTags>) {
  return { site: getSite(), scriptSrc: islandScriptSrc(), head };
}

/** Props of the report page (/reports/<slug>). */
export function reportPageData(report: Report) {
  const site = getSite();
  const neighbours = yearNeighbours(report, getReports());
  return plainJson({
    ...frame(headTags(siteMetadata(site), reportMetadata(site, report), VIEWPORT)),
    report,
    neighbours: neighbourLinks(neighbours),
    figures: headlineFigures(report).map((figure) => ({ figure, change: figureChange(figure, neighbours.previous) })),
  });
}

/** Props of the figures page (/reports/<slug>/figures). */
export function figuresPageData(report: Report) {
  const site = getSite();
  const { title, slug } = report.meta;
  const page = pageMetadata(site, `${reportPath(slug)}/figures`, `${title}：数据和图表`, `${title}中的全部数据和图表。`);
  const { previous } = yearNeighbours(report, getReports());
  const comparison = previous ? { previousYear: previous.meta.year, lines: compareDisclosureYears(report, previous) } : null;
  return plainJson({ ...frame(headTags(siteMetadata(site), page, VIEWPORT)), report, comparison });
}

/** Props of the server-error page. */
export function errorPageData() {
  const site = getSite();
  return plainJson(frame(headTags(siteMetadata(site), { title: '服务暂时出错', robots: { index: false } }, VIEWPORT)));
}

/** Props of the report page. */
export type ReportPageData = ReturnType<typeof reportPageData>;
/** Props of the figures page. */
export type FiguresPageData = ReturnType<typeof figuresPageData>;
/** Props of the server-error page. */
export type ErrorPageData = ReturnType<typeof errorPageData>;
