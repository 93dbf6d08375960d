import { describe, expect, it } from 'vitest';
import { normaliseTarget } from '@/lib/server/request-path';

describe('normalising a request target', () => {
  it('keeps a plain path and its query', () => {
    expect(normaliseTarget('/reports/wuzhou-2023?a=1&b=%20')).toEqual({ path: '/reports/wuzhou-2023', query: '?a=1&b=%20', route: '/reports/wuzhou-2023' });
  });

  it('decodes escaped unreserved characters and upper-cases the other escapes', () => {
    expect(normaliseTarget('/reports/wuzhou%2D2023')?.path).toBe('/reports/wuzhou-2023');
    expect(normaliseTarget('/%7euser/%41')?.path).toBe('/~user/A');
    expect(normaliseTarget('/reports/%e6%a2%a7')).toEqual({ path: '/reports/%E6%A2%A7', query: '', route: '/reports/梧' });
  });

  it('removes dot segments, plain or escaped, never above the root', () => {
    expect(normaliseTarget('/_next/static/../../reports/x')?.path).toBe('/reports/x');
    expect(normaliseTarget('/a/./b/../c')?.path).toBe('/a/c');
    expect(normaliseTarget('/%2e%2e/%2E%2E/etc/passwd')?.path).toBe('/etc/passwd');
    expect(normaliseTarget('/reports/..')?.path).toBe('/');
    expect(normaliseTarget('/reports/.')?.path).toBe('/reports/');
  });

  it('leaves doubled and trailing slashes for Next.js to redirect', () => {
    expect(normaliseTarget('/reports/')?.path).toBe('/reports/');
    expect(normaliseTarget('/reports//x')?.path).toBe('/reports//x');
  });

  it('refuses what no page of a static site needs and servers read differently', () => {
    for (const target of [
      'http://evil.example/x', '*', '//evil.example/x', '', '/a/..//evil.example', // not a path on this site
      '/reports/%', '/reports/%zz', '/reports/%ff', '/%c0%ae%c0%ae/', // malformed or not UTF-8
      '/reports%2Fwuzhou-2023', '/..%5c..%5cetc', '/reports/x%00', '/a%0d%0aSet-Cookie:%20x', // encoded structure or control bytes
      '/a\\b', '/a\u0000b',
    ]) {
      expect(normaliseTarget(target), JSON.stringify(target)).toBeNull();
    }
  });

  it('drops a fragment sent by a careless client', () => {
    expect(normaliseTarget('/reports/x#section-1')).toEqual({ path: '/reports/x', query: '', route: '/reports/x' });
  });
});
