import type { MetadataRoute } from 'next';
import { getReports, getSite } from '@/lib/content';
import { absoluteUrl, reportPath } from '@/lib/site/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const { origin } = getSite();
  const reports = getReports();
  const pages = ['/', '/reports', '/archive', '/search', '/accessibility'].map((path) => ({ url: absoluteUrl(origin, path) }));
  return [
    ...pages,
    ...reports.flatMap((r) => [
      { url: absoluteUrl(origin, reportPath(r.meta.slug)), lastModified: r.meta.corrections.at(-1)?.date ?? r.meta.published },
      { url: absoluteUrl(origin, `${reportPath(r.meta.slug)}/figures`) },
    ]),
  ];
}
