import type { Report } from '../report';

/**
 * When a report last changed, RFC 3339 with seconds (sitemap lastmod, Atom updated,
 * JSON-LD dateModified): its latest correction (a date, taken as 00:00 China time) when
 * that is later than publication, else its publication time.
 */
export function reportModified(report: Report): string {
  const { published, corrections } = report.meta;
  const corrected = corrections.map((c) => `${c.date}T00:00:00+08:00`).sort().at(-1);
  return corrected && corrected > published ? corrected : published;
}
