import type { CspManifest } from '../security/csp-manifest';
import { hashesForPath } from '../security/csp-manifest';
import type { Header } from '../security/headers';
import { contentSecurityPolicy, securityHeaders } from '../security/headers';

/**
 * What the portal's server decides about a request before Next.js sees it: refuse what a
 * static site never answers, and give everything else its security headers.
 */
export type Screening =
  | { kind: 'refuse'; status: 400 | 405; headers: Header[]; body: string }
  | { kind: 'serve'; headers: Header[] };

const METHODS = new Set(['GET', 'HEAD']);

/** The path of a request target, or null when it is not an origin-form path with valid encoding. */
export function requestPath(target: string | undefined): string | null {
  // Origin-form only ("/…"): no absolute-form (GET http://host/…), no "*" (OPTIONS *).
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  const pathname = target.split(/[?#]/, 1)[0] ?? '/';
  try {
    // Next.js answers 500 when a dynamic route's segment is not valid UTF-8 (/reports/%ff).
    decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return pathname;
}

/** Screens one request: refuse it (with the status to send) or serve it with these headers. */
export function screenRequest(method: string | undefined, target: string | undefined, manifest: CspManifest, hstsMaxAge?: string): Screening {
  const common = securityHeaders(hstsMaxAge);
  if (!method || !METHODS.has(method)) {
    return { kind: 'refuse', status: 405, headers: [...common, { key: 'Allow', value: 'GET, HEAD' }], body: '405 Method Not Allowed\n' };
  }
  const pathname = requestPath(target);
  if (pathname === null) {
    return { kind: 'refuse', status: 400, headers: common, body: '400 Bad Request\n' };
  }
  // Hashed build assets are never documents: they need no policy of their own.
  if (pathname.startsWith('/_next/static/')) return { kind: 'serve', headers: common };
  const csp = { key: 'Content-Security-Policy', value: contentSecurityPolicy(hashesForPath(manifest, pathname)) };
  return { kind: 'serve', headers: [csp, ...common] };
}
