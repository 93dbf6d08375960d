import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hstsHeader, PERMISSIONS_POLICY, securityHeaders } from '@/lib/security/headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy(['sha256-abc=', 'sha256-def=']));

  it('allows scripts from the site and the listed hashes only, never unsafe-inline or unsafe-eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='", "'sha256-def='"]);
    expect(contentSecurityPolicy([])).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('forbids plugins, foreign base URLs and framing by other sites', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('loads nothing from another host', () => {
    for (const [name, sources] of policy) {
      if (name === 'script-src') continue;
      expect(sources, name).toSatisfy((s: string[]) => s.every((x) => x === "'self'" || x === "'none'"));
    }
  });
});

describe('the other security headers', () => {
  it('are nosniff, a referrer policy, a permissions policy and framing by the site only', () => {
    const headers = Object.fromEntries(securityHeaders().map((h) => [h.key, h.value]));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(PERMISSIONS_POLICY).toContain('geolocation=()');
    expect(PERMISSIONS_POLICY).toContain('microphone=()');
    expect(PERMISSIONS_POLICY).toContain('clipboard-write=(self)');
  });

  it('include HSTS only when HSTS_MAX_AGE is a positive number of seconds', () => {
    expect(hstsHeader(undefined)).toBeNull();
    expect(hstsHeader('0')).toBeNull();
    expect(hstsHeader('soon')).toBeNull();
    expect(hstsHeader('31536000')).toEqual({ key: 'Strict-Transport-Security', value: 'max-age=31536000' });
    expect(securityHeaders('600').map((h) => h.key)).toContain('Strict-Transport-Security');
  });
});
