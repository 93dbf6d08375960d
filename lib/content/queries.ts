import type { Report } from '../report';
import { loadContent } from './load';
import type { SiteConfig } from './site-schema';

/** Every published report, newest first. */
export function getReports(): Report[] {
  return loadContent().reports;
}

/** The report with this slug, or undefined. */
export function getReportBySlug(slug: string): Report | undefined {
  return getReports().find((r) => r.meta.slug === slug);
}

/** The site configuration. */
export function getSite(): SiteConfig {
  return loadContent().site;
}

/** Route parameters for every report page and data file (generateStaticParams). */
export function reportSlugParams(): { slug: string }[] {
  return getReports().map((report) => ({ slug: report.meta.slug }));
}
