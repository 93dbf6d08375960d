import { expect } from '@playwright/test';

/** A parsed Content-Security-Policy: directive → sources. */
export function parseCsp(value: string): Map<string, string[]> {
  return new Map(value.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

/** Checks the security headers every page carries; `where` names the page in failures. */
export function expectPageSecurityHeaders(headers: Record<string, string>, where: string): void {
  const csp = headers['content-security-policy'];
  expect(csp, `${where}: Content-Security-Policy`).toBeTruthy();
  const policy = parseCsp(csp ?? '');
  const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
  expect(scripts, `${where}: script-src`).not.toContain("'unsafe-inline'");
  expect(scripts, `${where}: script-src`).not.toContain("'unsafe-eval'");
  expect(scripts.filter((s) => s.startsWith("'sha256-")).length, `${where}: script hashes`).toBeGreaterThan(0);
  expect(policy.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${where}: base-uri`).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors'), `${where}: frame-ancestors`).toEqual(["'self'"]);
  expectCommonSecurityHeaders(headers, where);
}

/** Checks the headers every response carries, pages and files alike. */
export function expectCommonSecurityHeaders(headers: Record<string, string>, where: string): void {
  expect(headers['x-content-type-options'], `${where}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['referrer-policy'], `${where}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], `${where}: X-Frame-Options`).toBe('SAMEORIGIN');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions, `${where}: Permissions-Policy ${feature}`).toContain(`${feature}=()`);
  }
}
