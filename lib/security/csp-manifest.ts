import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageScriptHashes } from './inline-scripts';

/**
 * Per-page script hashes of a built site, computed after `next build` from the prerendered
 * HTML: the page's CSP allows exactly the inline scripts it was built with, and the pages
 * stay static (a nonce would force rendering on every request).
 */
export interface CspManifest {
  /** Hashes for any path that is not a prerendered page: the 404 and error pages. */
  fallback: string[];
  /** URL path (`/`, `/reports/wuzhou-2023`) → sorted hashes of that page's inline scripts. */
  pages: Record<string, string[]>;
}

/**
 * Where `next build` writes prerendered HTML, relative to `.next/`: the App Router's pages
 * and the Pages Router's (the report and figures pages).
 */
export const PRERENDERED_DIRS = ['server/app', 'server/pages'] as const;

/** File name of the manifest inside `.next/` (read by lib/server/start.ts under `npm start`). */
export const CSP_MANIFEST_FILE = 'csp-manifest.json';

/** Prerendered HTML files that are served for paths other than their own. */
const FALLBACK_FILES = new Set(['404.html', '500.html', '_not-found.html', '_global-error.html']);

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full, base);
    return entry.name.endsWith('.html') ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

/** The URL path a prerendered file answers (`reports/x.html` → `/reports/x`, `index.html` → `/`). */
export function routeOfFile(file: string): string {
  const route = `/${file.replace(/\.html$/, '')}`.replace(/(?:^|\/)index$/, '');
  return route === '' ? '/' : route;
}

/** Builds the manifest from directories of prerendered HTML (`.next/server/app` and `…/pages`, or an export). */
export function buildCspManifest(...dirs: string[]): CspManifest {
  const fallback = new Set<string>();
  const pages: Record<string, string[]> = {};
  for (const dir of dirs) {
    for (const file of htmlFiles(dir).sort()) {
      const hashes = pageScriptHashes(readFileSync(path.join(dir, file), 'utf8'), file);
      if (FALLBACK_FILES.has(file)) hashes.forEach((h) => fallback.add(h));
      else pages[routeOfFile(file)] = hashes;
    }
  }
  return { fallback: [...fallback].sort(), pages };
}

/** The hashes that apply to a request path. */
export function hashesForPath(manifest: CspManifest, pathname: string): string[] {
  const clean = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  return manifest.pages[clean] ?? manifest.fallback;
}
