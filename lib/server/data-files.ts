import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPORT_FILE_NAMES } from '../site/report-file-names';
import { StaticPages } from './static-pages';

/**
 * The reports' open-data files under `npm start`: `npm run files` writes them into
 * .next/report-files/reports/<slug>/ (lib/cli/report-files.ts), and the server sends them from
 * memory with their gzip, like the prerendered pages.
 */
export const REPORT_FILES_DIR = 'report-files';

/** The URL paths of the files a build wrote (/reports/<slug>/data.json, …). */
export function dataFileRoutes(distDir: string): Set<string> {
  const dir = path.join(distDir, REPORT_FILES_DIR);
  if (!existsSync(dir)) return new Set();
  const names = new Set<string>(REPORT_FILE_NAMES);
  return new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep))
    .filter((parts) => parts.length === 3 && parts[0] === 'reports' && names.has(parts[2] ?? ''))
    .map((parts) => `/${parts.join('/')}`));
}

/** The build's report files, ready to send; 32 MB of them kept in memory at most. */
export function dataFiles(distDir: string): StaticPages {
  const dir = path.join(distDir, REPORT_FILES_DIR);
  return new StaticPages(distDir, dataFileRoutes(distDir), 32 * 1024 * 1024, (route) => [path.join(dir, route)]);
}
