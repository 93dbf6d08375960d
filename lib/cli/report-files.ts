/**
 * `npm run files` (a step of `npm run build`, after `next build`): writes every report's
 * open-data files (data.json, metrics.csv, tables.csv; lib/site/report-files.ts) as plain
 * files. A server build gets them in .next/report-files/, which `npm start` serves
 * (lib/server/data-files.ts); a static export (NEXT_OUTPUT=export) gets them beside its pages
 * in EXPORT_DIR, where nginx serves them. The content is the one `report check` has just
 * checked (PORTAL_CONTENT_CACHE), so this step cannot publish what the check refused.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContent } from '../content';
import type { Report } from '../report';
import { REPORT_FILES_DIR } from '../server/data-files';
import { reportFiles } from '../site/report-files';

/** Where a build's files go: the export's folder, or the server build's own. */
export function reportFilesDir(root: string, env: Partial<Record<string, string>>): { dir: string; exporting: boolean } {
  return env.NEXT_OUTPUT === 'export'
    ? { dir: path.resolve(root, env.EXPORT_DIR ?? 'out'), exporting: true }
    : { dir: path.join(root, '.next', REPORT_FILES_DIR), exporting: false };
}

/**
 * Writes the files of every report into `dir`/reports/<slug>/. With `fresh`, the folder is
 * emptied first (a server build's folder holds nothing else), so a report taken out of
 * content/ takes its files with it. Returns the number of files written.
 */
export function writeReportFiles(reports: readonly Report[], dir: string, fresh: boolean): number {
  if (fresh) rmSync(dir, { recursive: true, force: true });
  let count = 0;
  for (const report of reports) {
    const reportDir = path.join(dir, 'reports', report.meta.slug);
    mkdirSync(reportDir, { recursive: true });
    for (const file of reportFiles(report)) {
      writeFileSync(path.join(reportDir, file.name), file.body);
      count += 1;
    }
  }
  return count;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = process.cwd();
  const { dir, exporting } = reportFilesDir(root, process.env);
  const { reports } = loadContent(root);
  const count = writeReportFiles(reports, dir, !exporting);
  console.log(`open data: ${count} files of ${reports.length} reports into ${path.relative(root, dir)}/reports/`);
}
