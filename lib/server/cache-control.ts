import type { ServerResponse } from 'node:http';

/**
 * How long browsers and caches may keep a response: the same rule as deploy/nginx.conf.
 * Hashed build assets never change; everything else (pages, data.json, metrics.csv, feeds,
 * the search index) must show a correction within a minute.
 */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and data files: fresh within a minute of a new build. */
export const CACHE_FRESH = 'public, max-age=60';

/** Files named by their content's hash: Next.js's build chunks and the page script (public/js/portal.<hash>.js). */
const HASHED = /^\/_next\/static\/|^\/js\/portal\.[0-9a-f]{12}\.js$/;

/** The Cache-Control of a successful response for a path. */
export function cacheControlFor(pathname: string): string {
  return HASHED.test(pathname) ? CACHE_IMMUTABLE : CACHE_FRESH;
}

/**
 * Puts the portal's own rule in place of what Next.js sends: the CDN directive it gives
 * prerendered route handlers (`s-maxage=31536000`: a shared cache would keep a corrected
 * figure for a year), and the `max-age=0` of public files that are named by their hash.
 */
export function holdCacheControl(res: ServerResponse, pathname: string): void {
  const setHeader = res.setHeader.bind(res);
  const replace = (value: unknown) => /s-maxage/i.test(String(value)) || HASHED.test(pathname);
  res.setHeader = (name, value) =>
    setHeader(name, name.toLowerCase() === 'cache-control' && replace(value) ? cacheControlFor(pathname) : value);
}
