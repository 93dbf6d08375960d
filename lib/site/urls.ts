/** Absolute URLs, always built from the one configured site origin (which may be an IPv6 literal). */

/** Path of a report page, e.g. /reports/wuzhou-2023. */
export function reportPath(slug: string): string {
  return `/reports/${encodeURIComponent(slug)}`;
}

/** Absolute URL of a site path on the configured origin: http://[2001:db8::1]:8080/reports/x. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin.replace(/\/$/, '')}/`).href;
}

/** Host (with port, IPv6 literals in brackets) of the origin, for the SiteDomain tag. */
export function siteDomain(origin: string): string {
  return new URL(origin).host;
}
