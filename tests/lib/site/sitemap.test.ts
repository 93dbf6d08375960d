import { describe, expect, it } from 'vitest';

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
});
