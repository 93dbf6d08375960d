/**
 * The one reading of a request target that `npm start` uses for every decision (refusal,
 * prerendered page, CSP, Next.js). Reading it in several places let a raw
 * `/_next/static/../../reports/x` be a build asset to one check and a page to Next.js, and
 * `/reports/wuzhou%2D2023` be the report to one and the 404 page to another.
 */

/** A request target, normalised. */
export interface NormalisedTarget {
  /**
   * The path, normalised as RFC 3986 §6.2.2 says: dot segments removed, escapes of
   * unreserved characters (`%2D` → `-`) decoded, other escapes in upper case.
   */
  path: string;
  /** The query including its `?`, as sent; '' when none. */
  query: string;
  /** The path fully decoded: the key under which pages and their CSP hashes are found. */
  route: string;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;
/** Escapes that would change the path's structure or smuggle control bytes when decoded. */
const REFUSED_ESCAPE = /%(?:2[Ff]|5[Cc]|[01][0-9A-Fa-f]|7[Ff])/;

/** Removes `.` and `..` segments (RFC 3986 §5.2.4); `..` never climbs above the root. */
function removeDotSegments(path: string): string {
  const out: string[] = [];
  const segments = path.split('/').slice(1);
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '..') {
      if (out.length > 0) out.pop();
      if (last) out.push('');
    } else if (segment === '.') {
      if (last) out.push('');
    } else out.push(segment);
  });
  return `/${out.join('/')}`;
}

/**
 * Normalises an origin-form request target (`/path?query`); null when it is none (absolute
 * form, `*`, `//host`), has malformed or non-UTF-8 escapes, or encodes a slash, a backslash
 * or a control character: a static site never needs those, and servers disagree on them.
 */
export function normaliseTarget(target: string | undefined): NormalisedTarget | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  const cut = target.search(/[?#]/);
  const raw = cut < 0 ? target : target.slice(0, cut);
  const query = cut < 0 || target[cut] === '#' ? '' : target.slice(cut).replace(/#.*$/, '');
  if (/%(?![0-9A-Fa-f]{2})/.test(raw) || REFUSED_ESCAPE.test(raw) || /[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  const unescaped = raw.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape.toUpperCase();
  });
  const path = removeDotSegments(unescaped);
  if (path.startsWith('//')) return null;
  let route: string;
  try {
    route = decodeURIComponent(path);
  } catch {
    // Next.js answers 500 when a dynamic route's segment is not valid UTF-8 (/reports/%ff).
    return null;
  }
  return { path, query, route };
}
