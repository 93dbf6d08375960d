import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRERENDERED_DIRS } from '../security/csp-manifest';

/**
 * The fast path of `npm start` for prerendered pages: the HTML `next build` wrote to
 * .next/server/app (or …/pages), byte for byte what Next.js itself would send for a document request,
 * kept in memory with its gzip so a request costs no rendering pipeline and no compression.
 * Only pages prerendered once and never revalidated qualify; everything else (client-side
 * navigation payloads, 404s, files) goes through Next.js.
 */

/** A page ready to send. */
export interface StaticPage {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
}

interface PrerenderManifest {
  routes: Record<string, { routeType?: string; initialRevalidateSeconds?: number | false; initialStatus?: number }>;
}

/** Headers Next.js sends with a prerendered document: the same URL also serves RSC payloads. */
export const PAGE_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** The URL paths of pages prerendered once and never revalidated. */
export function staticRoutes(distDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as PrerenderManifest;
  return new Set(Object.entries(manifest.routes)
    .filter(([route, r]) => r.routeType === 'page' && r.initialRevalidateSeconds === false && r.initialStatus === undefined && !route.startsWith('/_'))
    .map(([route]) => route));
}

/** A page (or file) ready to send, from its bytes. */
function pageOf(raw: Buffer): StaticPage {
  return { raw, gzip: gzipSync(raw), etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 27)}"` };
}

/** The prerendered pages of a build, loaded on first request and kept up to a memory budget. */
export class StaticPages {
  private readonly cache = new Map<string, StaticPage>();
  private bytes = 0;
  private notFoundPage: Promise<StaticPage | null> | undefined;

  constructor(
    private readonly distDir: string,
    private readonly routes: Set<string>,
    /** Memory for cached pages (raw + gzip); least recently used pages leave first. Default 128 MB. */
    private readonly budget = 128 * 1024 * 1024,
    /** The files that may hold a route, in order: by default its HTML in either router's output. */
    private readonly filesOf: (route: string) => string[] = (route) => {
      const name = route === '/' ? 'index.html' : `${route.slice(1)}.html`;
      return PRERENDERED_DIRS.map((dir) => path.join(distDir, dir, name));
    },
  ) {}

  /** The prerendered not-found page (the Chinese 404), or null when the build has none. */
  async notFound(): Promise<StaticPage | null> {
    this.notFoundPage ??= readFile(path.join(this.distDir, 'server', 'app', '_not-found.html')).then(pageOf, () => null);
    return this.notFoundPage;
  }

  /** True when the path is a prerendered page. */
  has(route: string): boolean {
    return this.routes.has(route);
  }

  /** The page for a route, or null when it is none. */
  async get(route: string): Promise<StaticPage | null> {
    if (!this.routes.has(route)) return null;
    const cached = this.cache.get(route);
    if (cached) {
      // Map keeps insertion order: re-inserting marks the page as recently used.
      this.cache.delete(route);
      this.cache.set(route, cached);
      return cached;
    }
    let raw: Buffer | null = null;
    for (const file of this.filesOf(route)) {
      raw = await readFile(file).catch(() => null);
      if (raw) break;
    }
    if (!raw) return null;
    const page = pageOf(raw);
    this.cache.set(route, page);
    this.bytes += raw.length + page.gzip.length;
    for (const [key, old] of this.cache) {
      if (this.bytes <= this.budget) break;
      this.cache.delete(key);
      this.bytes -= old.raw.length + old.gzip.length;
    }
    return page;
  }
}

/** True when an Accept-Encoding header accepts gzip. */
export function acceptsGzip(header: string | undefined): boolean {
  return /(?:^|,)\s*(?:gzip|\*)\s*(?:;\s*q=(?!0(?:\.0+)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/i.test(header ?? '');
}
