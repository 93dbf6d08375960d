import type { ContentProblem, Report } from '../report';
import { pageContent } from './preview';
import type { Issuer, SiteConfig } from './site-schema';

/** Every published report, newest first. */
export function getReports(): Report[] {
  return pageContent().reports;
}

/** The report with this slug, or undefined. */
export function getReportBySlug(slug: string): Report | undefined {
  return getReports().find((r) => r.meta.slug === slug);
}

/** The site configuration. */
export function getSite(): SiteConfig {
  return pageContent().site;
}

/** Errors in content/ to show on every page of the preview (`npm run dev`); none elsewhere. */
export function getPreviewProblems(): ContentProblem[] {
  return pageContent().problems;
}

/** Route parameters for every report page and data file (generateStaticParams). */
export function reportSlugParams(): { slug: string }[] {
  return getReports().map((report) => ({ slug: report.meta.slug }));
}

/** The issuers listed in content/site.yaml, as listed. */
export function getIssuers(): Issuer[] {
  return getSite().issuers;
}
