import type { ServerResponse } from 'node:http';

/**
 * How long browsers and caches may keep a response: the same rule as deploy/nginx.conf.
 * Hashed build assets never change; everything else (pages, data.json, metrics.csv, feeds,
 * the search index) must show a correction within a minute.
 */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and data files: fresh within a minute of a new build. */
export const CACHE_FRESH = 'public, max-age=60';

/** The Cache-Control of a successful response for a path. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/_next/static/') ? CACHE_IMMUTABLE : CACHE_FRESH;
}

/**
 * Replaces the CDN directive Next.js gives prerendered route handlers (`s-maxage=31536000`:
 * a shared cache would keep a corrected figure for a year) with the portal's own rule.
 */
export function holdCacheControl(res: ServerResponse, pathname: string): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(name, name.toLowerCase() === 'cache-control' && /s-maxage/i.test(String(value)) ? cacheControlFor(pathname) : value);
}
