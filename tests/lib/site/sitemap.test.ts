import { describe, expect, it } from 'vitest';

/** xsd:dateTime with seconds, or xsd:date: what the sitemaps.org schema accepts as lastmod. */
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$/;

describe('sitemap and robots.txt', () => {
  it('use the configured origin, including an IPv6 literal', async () => {
    process.env.SITE_ORIGIN = 'http://[2001:db8::1]:8080';
    try {
      const { default: sitemap } = await import('@/app/sitemap');
      const { default: robots } = await import('@/app/robots');
      const urls = sitemap().map((entry) => entry.url);
      expect(urls).toContain('http://[2001:db8::1]:8080/reports/wuzhou-2023');
      expect(urls).toContain('http://[2001:db8::1]:8080/reports/wuzhou-2023/figures');
      expect(urls.every((url) => url.startsWith('http://[2001:db8::1]:8080/'))).toBe(true);
      expect(robots().sitemap).toBe('http://[2001:db8::1]:8080/sitemap.xml');
    } finally {
      delete process.env.SITE_ORIGIN;
    }
  });

  it('lists the issuer, kind, year and archive pages', async () => {
    const { default: sitemap } = await import('@/app/sitemap');
    const paths = sitemap().map((entry) => new URL(entry.url).pathname);
    for (const path of ['/issuers', '/issuers/wuzhou', '/kinds/fzzf', '/kinds/xxgk', '/years/2023', '/archive']) expect(paths).toContain(path);
  });

  it('lists no page marked noindex (the search page)', async () => {
    const { default: sitemap } = await import('@/app/sitemap');
    expect(sitemap().map((entry) => new URL(entry.url).pathname)).not.toContain('/search');
  });

  it('gives each report’s last change with seconds, as the sitemaps.org schema requires', async () => {
    const { default: sitemap } = await import('@/app/sitemap');
    const report = sitemap().find((entry) => entry.url.endsWith('/reports/wuzhou-2023'));
    expect(report?.lastModified).toBe('2024-01-21T08:55:00+08:00');
    for (const entry of sitemap()) if (entry.lastModified) expect(String(entry.lastModified)).toMatch(W3C_DATETIME);
  });
});
