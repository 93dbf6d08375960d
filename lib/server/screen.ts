import type { CspManifest } from '../security/csp-manifest';
import { hashesForPath } from '../security/csp-manifest';
import type { Header } from '../security/headers';
import { contentSecurityPolicy, securityHeaders } from '../security/headers';
import type { NormalisedTarget } from './request-path';
import { normaliseTarget } from './request-path';

/**
 * What the portal's server decides about a request before Next.js sees it, from one
 * normalised reading of its target: refuse what a static site never answers, answer 404 for
 * Next.js's internal pages, and serve everything else. Every answer carries the security
 * headers, including a CSP (harmless on files, and then no HTML answer can lack one).
 */
export type Screening =
  | { kind: 'refuse'; status: 400 | 405; headers: Header[]; body: string }
  | { kind: 'not-found'; headers: Header[] }
  | { kind: 'serve'; headers: Header[]; target: NormalisedTarget };

const METHODS = new Set(['GET', 'HEAD']);

/** Next.js's own pages (`/_not-found`, `/_global-error`, …): no reader's path; `/_next/` is its files. */
const INTERNAL = /^\/_(?!next\/)/;

/** Screens one request: refuse it, answer 404, or serve its normalised target with these headers. */
export function screenRequest(method: string | undefined, rawTarget: string | undefined, manifest: CspManifest, hstsMaxAge?: string): Screening {
  const common = securityHeaders(hstsMaxAge);
  if (!method || !METHODS.has(method)) {
    return { kind: 'refuse', status: 405, headers: [...common, { key: 'Allow', value: 'GET, HEAD' }], body: '405 Method Not Allowed\n' };
  }
  const target = normaliseTarget(rawTarget);
  if (target === null) {
    return { kind: 'refuse', status: 400, headers: common, body: '400 Bad Request\n' };
  }
  const csp = (route: string) => ({ key: 'Content-Security-Policy', value: contentSecurityPolicy(hashesForPath(manifest, route)) });
  if (INTERNAL.test(target.route)) return { kind: 'not-found', headers: [csp('/_not-found'), ...common] };
  return { kind: 'serve', headers: [csp(target.route), ...common], target };
}
