import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem, Report } from '../report';
import { listReportFiles, SITE_FILE } from './files';
import type { PreviousChecks } from './check-reuse';
import type { SiteConfig } from './site-schema';

/**
 * The parsed content handed from `report check` to `next build` within one `npm run build`:
 * the check has just parsed and validated every file, and without this every process of
 * the build (its page-data and static-generation workers) parses them all again. The build
 * script names the file in this variable; nothing else reads it. A file whose fingerprint no
 * longer matches content/ (edited since the check) is ignored and the content parsed anew.
 */
export const CONTENT_CACHE_ENV = 'PORTAL_CONTENT_CACHE';

/** Checked content, as loadContent returns it. */
export interface CachedContent {
  site: SiteConfig;
  reports: Report[];
}

export interface CacheFile extends CachedContent {
  fingerprint: string;
  /**
   * What the check found in each report file, for the next check to reuse while neither the
   * file nor the code reading it changes: by file, the hash of its text, its report (an index
   * into `reports`) and its problems.
   */
  checked?: { code: string; files: Record<string, { source: string; report: number; problems: ContentProblem[]; warnings: ContentProblem[] | null }> };
}

/** A hash of everything content depends on: the site origin override, content/site.yaml and every report file. */
export function contentFingerprint(root: string): string | null {
  const hash = createHash('sha256');
  hash.update(`SITE_ORIGIN=${process.env.SITE_ORIGIN ?? ''}\0`);
  try {
    for (const file of [SITE_FILE, ...listReportFiles(root)]) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(path.join(root, file)));
      hash.update('\0');
    }
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/** Writes checked content for the build that follows, with what the check found in each file for the next check. */
export function writeContentCache(file: string, root: string, content: CachedContent, checks?: PreviousChecks): void {
  const fingerprint = contentFingerprint(root);
  if (!fingerprint) return;
  const target = path.resolve(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  const index = new Map(content.reports.map((report, i) => [report, i]));
  const files: NonNullable<CacheFile['checked']>['files'] = {};
  for (const [name, entry] of checks?.recorded ?? []) {
    const report = index.get(entry.report);
    if (report !== undefined) files[name] = { source: entry.source, report, problems: entry.problems, warnings: entry.warnings };
  }
  const checked = checks ? { code: checks.code, files } : undefined;
  writeFileSync(target, JSON.stringify({ fingerprint, site: content.site, reports: content.reports, checked } satisfies CacheFile));
}

/** The content written by the check, or null when there is none or content/ has changed since. */
export function readContentCache(file: string, root: string): CachedContent | null {
  let cached: CacheFile;
  try {
    cached = JSON.parse(readFileSync(path.resolve(root, file), 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  if (cached.fingerprint !== contentFingerprint(root)) return null;
  return { site: cached.site, reports: cached.reports };
}
