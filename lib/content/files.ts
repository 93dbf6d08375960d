import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Folder (relative to the project root) holding one Markdown file per report. */
export const REPORTS_DIR = 'content/reports';
/** The site configuration file. */
export const SITE_FILE = 'content/site.yaml';

/** Every report file: each .md file in content/reports, by name. */
export function listReportFiles(root: string): string[] {
  if (!existsSync(path.join(root, REPORTS_DIR))) return [];
  return readdirSync(path.join(root, REPORTS_DIR))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${REPORTS_DIR}/${name}`);
}
