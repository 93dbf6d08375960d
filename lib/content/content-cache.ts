import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../report';
import { listReportFiles, SITE_FILE } from './files';
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

interface CacheFile extends CachedContent {
  fingerprint: string;
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

/** Writes checked content for the build that follows. */
export function writeContentCache(file: string, root: string, content: CachedContent): void {
  const fingerprint = contentFingerprint(root);
  if (!fingerprint) return;
  const target = path.resolve(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify({ fingerprint, site: content.site, reports: content.reports } satisfies CacheFile));
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
