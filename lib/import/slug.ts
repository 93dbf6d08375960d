/** What the slug suggestion needs to know of a report already published. */
export interface PublishedReport {
  slug: string;
  year: number;
  issuer: string;
}

/** Slug rule of the front matter: ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * The slug of the same issuer's latest report with its year replaced (wuzhou-2023 → wuzhou-2024),
 * or null when the issuer has no report whose slug contains its year.
 */
export function suggestSlug(year: number | null, issuer: string, existing: readonly PublishedReport[]): string | null {
  if (year === null || issuer === '') return null;
  const latest = existing
    .filter((r) => r.issuer === issuer && r.slug.includes(String(r.year)))
    .sort((a, b) => b.year - a.year)[0];
  if (!latest) return null;
  const slug = latest.slug.replace(String(latest.year), String(year));
  return slug === latest.slug && latest.year !== year ? null : slug;
}
