import { describe, expect, it } from 'vitest';
import type { CspManifest } from '@/lib/security/csp-manifest';
import { screenRequest } from '@/lib/server/screen';

const MANIFEST: CspManifest = { fallback: ['sha256-notfound='], pages: { '/reports/x': ['sha256-x='], '/': ['sha256-home='] } };
const header = (s: ReturnType<typeof screenRequest>, key: string) => s.headers.find((h) => h.key === key)?.value;

describe('screening a request', () => {
  it('gives a page the policy with its own script hashes', () => {
    expect(header(screenRequest('GET', '/reports/x?y=1', MANIFEST), 'Content-Security-Policy')).toContain("'sha256-x='");
    expect(header(screenRequest('HEAD', '/', MANIFEST), 'Content-Security-Policy')).toContain("'sha256-home='");
  });

  it('gives any other path the 404 page\'s hashes', () => {
    expect(header(screenRequest('GET', '/no-such-page', MANIFEST), 'Content-Security-Policy')).toContain("'sha256-notfound='");
  });

  it('sends a policy with every answer, build assets included, so no HTML answer can lack one', () => {
    const s = screenRequest('GET', '/_next/static/chunks/a.js', MANIFEST);
    expect(header(s, 'Content-Security-Policy')).toContain("'sha256-notfound='");
    expect(header(s, 'X-Content-Type-Options')).toBe('nosniff');
  });

  it('decides on the normalised path: a climb out of /_next/static/ is the page it lands on', () => {
    const s = screenRequest('GET', '/_next/static/../../reports/x', MANIFEST);
    expect(s.kind === 'serve' && s.target.path).toBe('/reports/x');
    expect(header(s, 'Content-Security-Policy')).toContain("'sha256-x='");
  });

  it('gives a page its own policy however its unreserved characters are escaped', () => {
    expect(header(screenRequest('GET', '/reports/%78', MANIFEST), 'Content-Security-Policy')).toContain("'sha256-x='");
    expect(header(screenRequest('GET', '/%72eports/x', MANIFEST), 'Content-Security-Policy')).toContain("'sha256-x='");
  });

  it('answers 404 with the 404 page\'s policy for Next.js\'s internal pages', () => {
    for (const target of ['/_global-error', '/_not-found', '/_error', '/%5Fglobal-error', '/reports/../_global-error']) {
      const s = screenRequest('GET', target, MANIFEST);
      expect(s.kind, target).toBe('not-found');
      expect(header(s, 'Content-Security-Policy'), target).toContain("'sha256-notfound='");
    }
  });

  it('refuses every method but GET and HEAD with 405 and an Allow header', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH']) {
      const s = screenRequest(method, '/reports/x', MANIFEST);
      expect(s.kind === 'refuse' && s.status, method).toBe(405);
      expect(header(s, 'Allow')).toBe('GET, HEAD');
    }
  });

  it('refuses malformed encoding, absolute-form and asterisk targets with 400', () => {
    for (const target of ['/reports/%ff', '/reports/%c0%ae%c0%ae', 'http://evil.example/', '*', '//evil.example/x', '']) {
      const s = screenRequest('GET', target, MANIFEST);
      expect(s.kind === 'refuse' && s.status, target).toBe(400);
    }
  });

  it('accepts encoded non-ASCII paths (they answer 404 further on)', () => {
    const s = screenRequest('GET', '/reports/%E6%A2%A7%E5%B7%9E', MANIFEST);
    expect(s.kind === 'serve' && s.target.route).toBe('/reports/梧州');
  });
});
