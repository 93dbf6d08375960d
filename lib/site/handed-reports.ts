import type { Report } from '../report';

/**
 * Reports handed from a page's getStaticProps to its render without going through props.
 *
 * Pages Router props are checked by Next.js to be serialisable (a walk of every value that
 * copies a map at each node), serialised, and written as a .json file beside the page for
 * client-side navigation, which the report and figures pages never do (they carry no
 * framework JavaScript). For a whole report in each of its two pages, at 1,000 reports
 * that was 100 MB of .json that nothing reads, and the walk alone took about 0.9 s.
 *
 * getStaticProps and the render of its page run in one process, one after the other (in
 * a build's static generation and in the preview alike), and the process holds the content
 * anyway (lib/content/load.ts): getStaticProps leaves the report here and passes its slug,
 * and the page takes it. The map is the process's, like the content, because a build bundles
 * this module into each route's chunks; it only refers to reports the process holds, one per
 * slug. Pages are never rendered on request in production (`fallback: false`, no revalidate).
 */
const KEY = Symbol.for('gov-report-portal.handed-reports');
const processGlobals = globalThis as typeof globalThis & { [KEY]?: Map<string, Report> };
const handed = (processGlobals[KEY] ??= new Map());

/** Leaves `report` for the render of the page whose props carry the returned key (its slug). */
export function handReport(report: Report): string {
  handed.set(report.meta.slug, report);
  return report.meta.slug;
}

/** The report left by getStaticProps under `key`; throws when there is none (a render without its getStaticProps). */
export function takeReport(key: string): Report {
  const report = handed.get(key);
  if (!report) throw new Error(`No report handed for “${key}”: the page renders only after its getStaticProps.`);
  return report;
}
