import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content';
import { absoluteUrl } from '@/lib/site/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const { origin } = getSite();
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(origin, '/sitemap.xml') };
}
