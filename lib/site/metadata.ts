import type { Metadata, Viewport } from 'next';
import type { SiteConfig } from '../content/site-schema';
import type { Report } from '../report';
import { formatPublished } from '../ui/format';
import { absoluteUrl, reportPath, siteDomain } from './urls';

/** The viewport every page declares. */
export const VIEWPORT: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9f1c1c' };

/** Site-wide metadata (the root layout's): title template, feed link, no phone-number detection. */
export function siteMetadata(site: SiteConfig): Metadata {
  return {
    metadataBase: new URL(site.origin),
    title: { default: site.siteName, template: `%s - ${site.siteName}` },
    formatDetection: { telephone: false },
    alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: `${site.siteName}更新` }] } },
  };
}

/** Tags every page carries (《政府网站发展指引》: SiteName, SiteDomain, SiteIDCode). */
export function siteTags(site: SiteConfig): Record<string, string> {
  return { SiteName: site.siteName, SiteDomain: siteDomain(site.origin), SiteIDCode: site.siteIdCode };
}

/** Metadata of a column or plain page. */
export function pageMetadata(site: SiteConfig, path: string, title: string, description: string): Metadata {
  const url = absoluteUrl(site.origin, path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title, description, siteName: site.siteName, locale: 'zh_CN' },
    other: siteTags(site),
  };
}

/** Metadata of a report page, with the article tags (ArticleTitle, PubDate, ContentSource). */
export function reportMetadata(site: SiteConfig, report: Report): Metadata {
  const { meta } = report;
  const url = absoluteUrl(site.origin, reportPath(meta.slug));
  const description = meta.description ?? report.intro.text.slice(0, 120);
  return {
    title: meta.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: meta.title,
      description,
      siteName: site.siteName,
      locale: 'zh_CN',
      publishedTime: meta.published,
    },
    other: {
      ...siteTags(site),
      ArticleTitle: meta.title,
      PubDate: formatPublished(meta.published),
      ContentSource: meta.source,
      Description: description,
      Url: url,
    },
  };
}
