import type { ContentProblem, Report } from '../report';
import { checkContent, loadContent } from './load';
import type { SiteConfig } from './site-schema';

/** True in `npm run dev`, where staff preview their files before publishing. */
export function isPreview(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** Shown while content/site.yaml itself has errors, so the preview can still list them. */
const BROKEN_SITE: SiteConfig = { siteName: '网站配置有误', government: '', origin: 'http://localhost', issuers: [] };

/** What the pages show: everything valid, and the errors of what is not. */
export interface PageContent {
  site: SiteConfig;
  reports: Report[];
  /** Errors found; only ever non-empty in the preview (a build with errors fails). */
  problems: ContentProblem[];
}

/**
 * Content for the pages. A build or production server reads it once and refuses any error
 * (loadContent). The preview reads content/ again on every call and never throws: the pages
 * show the valid reports and the layout lists the errors of the rest, in Chinese.
 */
export function pageContent(root = process.cwd()): PageContent {
  if (!isPreview()) return { ...loadContent(root), problems: [] };
  const checked = checkContent(root);
  return {
    site: checked.site ?? BROKEN_SITE,
    reports: checked.reports,
    problems: checked.problems.filter((p) => p.severity === 'error'),
  };
}
