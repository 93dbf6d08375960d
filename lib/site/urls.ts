/** Site paths, and absolute URLs always built from the one configured site origin (which may be an IPv6 literal). */

/** Path of a report page, e.g. /reports/wuzhou-2023. */
export function reportPath(slug: string): string {
  return `/reports/${encodeURIComponent(slug)}`;
}

/** Path of an issuer's page, e.g. /issuers/wuzhou. */
export const issuerPath = (slug: string) => `/issuers/${encodeURIComponent(slug)}`;
/** Path of a year's comparison of 年报, e.g. /compare/2023. */
export const comparePath = (year: number) => `/compare/${year}`;
/** Path of a kind's page, e.g. /kinds/xxgk. */
export const kindPath = (kind: { slug: string }) => `/kinds/${kind.slug}`;
/** Path of a year's page, e.g. /years/2023. */
export const yearPath = (year: number) => `/years/${year}`;

/** Absolute URL of a site path on the configured origin: http://[2001:db8::1]:8080/reports/x. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin.replace(/\/$/, '')}/`).href;
}

/** Host (with port, IPv6 literals in brackets) of the origin, for the SiteDomain tag. */
export function siteDomain(origin: string): string {
  return new URL(origin).host;
}
