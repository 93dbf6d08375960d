import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, StaticPages, staticRoutes } from '@/lib/server/static-pages';

function build(pages: Record<string, string>, routes: Record<string, object>): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'dist-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dist, 'server/app', file)), { recursive: true });
    writeFileSync(path.join(dist, 'server/app', file), html);
  }
  writeFileSync(path.join(dist, 'prerender-manifest.json'), JSON.stringify({ routes }));
  return dist;
}

const page = { routeType: 'page', initialRevalidateSeconds: false };

describe('prerendered pages served from memory', () => {
  it('are the pages prerendered once and never revalidated, not the 404, error pages or files', () => {
    const dist = build({}, {
      '/': page,
      '/reports/x': page,
      '/reports/isr': { ...page, initialRevalidateSeconds: 60 },
      '/_not-found': { ...page, initialStatus: 404 },
      '/_global-error': page,
      '/icon.svg': { routeType: 'route', initialRevalidateSeconds: false },
    });
    expect([...staticRoutes(dist)].sort()).toEqual(['/', '/reports/x']);
  });

  it('are the files next build wrote, with their gzip and an ETag', async () => {
    const dist = build({ 'index.html': '<p>home</p>', 'reports/x.html': '<p>x</p>' }, { '/': page, '/reports/x': page });
    const pages = new StaticPages(dist, staticRoutes(dist));
    const x = await pages.get('/reports/x');
    expect(x?.raw.toString()).toBe('<p>x</p>');
    expect(gunzipSync(x!.gzip).toString()).toBe('<p>x</p>');
    expect(x?.etag).toMatch(/^"[\w-]+"$/);
    expect((await pages.get('/'))?.raw.toString()).toBe('<p>home</p>');
    expect(await pages.get('/reports/y')).toBeNull();
  });

  it('stay within their memory budget, dropping the least recently used page first', async () => {
    const big = 'x'.repeat(10_000);
    const dist = build({ 'a.html': big, 'b.html': big, 'c.html': big }, { '/a': page, '/b': page, '/c': page });
    const pages = new StaticPages(dist, staticRoutes(dist), 25_000);
    const a = await pages.get('/a');
    const b = await pages.get('/b');
    expect(await pages.get('/a')).toBe(a);
    await pages.get('/c');
    expect(await pages.get('/a')).toBe(a);
    // b was dropped to make room for c, and is read again.
    const again = await pages.get('/b');
    expect(again).not.toBe(b);
    expect(again?.raw.toString()).toBe(big);
  });

  it('are sent gzipped only to clients that accept gzip', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
