import type { MetadataRoute } from 'next';
import { getReports, getSite } from '@/lib/content';
import { reportModified } from '@/lib/site/dates';
import { listPagePaths } from '@/lib/site/list-page-data';
import { absoluteUrl, reportPath } from '@/lib/site/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const { origin } = getSite();
  const reports = getReports();
  // Pages worth indexing: not /search (noindex), whose results are other pages.
  const pages = ['/', '/reports', '/archive', '/accessibility', ...listPagePaths()].map((path) => ({ url: absoluteUrl(origin, path) }));
  return [
    ...pages,
    ...reports.flatMap((r) => [
      { url: absoluteUrl(origin, reportPath(r.meta.slug)), lastModified: reportModified(r) },
      { url: absoluteUrl(origin, `${reportPath(r.meta.slug)}/figures`) },
    ]),
  ];
}
