import { describe, expect, it } from 'vitest';
import { cacheControlFor } from '@/lib/server/cache-control';

describe('how long browsers may keep a response', () => {
  it('keeps files named by their hash for a year, the page script included', () => {
    expect(cacheControlFor('/_next/static/chunks/abc.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/js/portal.0123456789ab.js')).toBe('public, max-age=31536000, immutable');
  });

  it('keeps pages, data files and anything else named /js/ only a minute', () => {
    expect(cacheControlFor('/reports/wuzhou-2023')).toBe('public, max-age=60');
    expect(cacheControlFor('/reports/wuzhou-2023/data.json')).toBe('public, max-age=60');
    expect(cacheControlFor('/js/portal.js')).toBe('public, max-age=60');
  });
});
