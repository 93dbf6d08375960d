/**
 * The security headers every response carries, in one place so that `npm start`
 * (next.config.ts and proxy.ts), the nginx configuration (deploy/nginx.conf, checked by a
 * test) and the static export all send the same ones.
 */

/** A response header. */
export interface Header {
  key: string;
  value: string;
}

/**
 * Browser features the portal never uses, denied to the page and to anything it might
 * embed. Kept to names Chromium recognises, so the console stays free of warnings.
 * `clipboard-write` stays allowed for the page itself (the share row copies the link);
 * `web-share` is not named because Chromium does not parse it, and its default is 'self'.
 */
const DENIED_FEATURES = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media',
  'fullscreen', 'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer',
  'microphone', 'midi', 'payment', 'picture-in-picture', 'publickey-credentials-get',
  'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
] as const;

/** The Permissions-Policy value. */
export const PERMISSIONS_POLICY = [
  ...DENIED_FEATURES.map((feature) => `${feature}=()`),
  'clipboard-write=(self)',
].join(', ');

/** Headers that are the same on every response (HTML, data files and assets alike). */
export const STATIC_SECURITY_HEADERS: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  // Older browsers that ignore CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * Strict-Transport-Security for HTTPS deployments, from HSTS_MAX_AGE (seconds; unset or 0:
 * no header, the default, because the portal may be served over plain HTTP on an intranet).
 */
export function hstsHeader(maxAge: string | undefined = process.env.HSTS_MAX_AGE): Header | null {
  const seconds = Number(maxAge ?? 0);
  if (!Number.isInteger(seconds) || seconds <= 0) return null;
  return { key: 'Strict-Transport-Security', value: `max-age=${seconds}` };
}

/**
 * The Content-Security-Policy of a page whose inline scripts have these hashes
 * (`sha256-…` sources, see inline-scripts.ts).
 *
 * - Scripts: the site's own files and exactly the inline scripts the page was built with;
 *   no 'unsafe-inline', no 'unsafe-eval'. 'wasm-unsafe-eval' lets the search page compile
 *   Pagefind's WebAssembly; it does not allow eval() or new Function().
 * - Styles: the site's own stylesheet only. The pages have no inline style attributes or
 *   <style> elements (scripts set styles through the CSSOM, which CSP does not govern).
 * - Nothing from another host: the portal serves everything itself (IPv6 rule).
 * - No upgrade-insecure-requests: every URL is relative, so it would add nothing over HTTPS
 *   and would break a plain-HTTP deployment.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return policyWithScriptSources(scriptHashes.map((h) => `'${h}'`).join(' '));
}

/** The same policy with the page's script sources given as text (nginx passes a variable). */
export function policyWithScriptSources(sources: string): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", sources].filter(Boolean).join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ];
  return directives.join('; ');
}

/** The headers every response carries besides the per-page CSP. */
export function securityHeaders(hstsMaxAge?: string): Header[] {
  const hsts = hstsHeader(hstsMaxAge);
  return [...STATIC_SECURITY_HEADERS, ...(hsts ? [hsts] : [])];
}
