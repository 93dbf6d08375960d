/**
 * The open-data files every report publishes beside its page: /reports/<slug>/data.json,
 * metrics.csv and tables.csv. They are plain files, written once per build by `npm run files`
 * (lib/cli/report-files.ts) — not prerendered routes, which cost Next.js a render, a worker
 * round trip and two output files each — and served by `npm start` (lib/server/data-files.ts),
 * by nginx from the export, and in the preview by routes under app/preview/.
 */
export const REPORT_FILE_NAMES = ['data.json', 'metrics.csv', 'tables.csv'] as const;
export type ReportFileName = (typeof REPORT_FILE_NAMES)[number];

/**
 * The headers a report's file is sent with: UTF-8 CSV saved as `<slug>-metrics.csv` (so that
 * two reports' downloads do not overwrite each other), JSON opened in the browser.
 */
export function reportFileHeaders(slug: string, name: ReportFileName): Record<string, string> {
  if (name === 'data.json') return { 'Content-Type': 'application/json' };
  return { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${slug}-${name}"` };
}

/** The report file a URL path names (`/reports/<slug>/<file>`), or null. */
export function reportFileOfPath(pathname: string): { slug: string; name: ReportFileName } | null {
  const [, slug, file] = /^\/reports\/([^/]+)\/([^/]+)$/.exec(pathname) ?? [];
  const name = REPORT_FILE_NAMES.find((n) => n === file);
  return slug && name ? { slug, name } : null;
}
