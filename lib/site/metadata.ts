import type { Metadata, Viewport } from 'next';
import type { SiteConfig } from '../content/site-schema';
import type { PageHead } from './head';
import { feedLink, siteTags } from './head';

/** The viewport every page declares (head.ts's documentTags says the same for Pages Router pages). */
export const VIEWPORT: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9f1c1c' };

/** The Next.js Metadata of a page head (head.ts); JSON-LD is printed by the page (JsonLd). */
export function toMetadata(head: PageHead): Metadata {
  const og = head.openGraph;
  return {
    title: { absolute: head.title },
    description: head.description,
    ...(head.robots ? { robots: head.robots } : {}),
    alternates: {
      ...(head.canonical ? { canonical: head.canonical } : {}),
      // A page's own `alternates` replaces the layout's: name the feed on every page.
      types: { 'application/atom+xml': [{ url: head.feed.href, title: head.feed.title }] },
    },
    ...(og ? {
      openGraph: {
        type: og.type,
        url: og.url,
        title: og.title,
        description: og.description,
        siteName: og.siteName,
        locale: og.locale,
        images: [og.image],
        ...(og.type === 'article' ? { publishedTime: og.publishedTime, modifiedTime: og.modifiedTime, authors: og.authors } : {}),
      },
    } : {}),
    other: Object.fromEntries(head.identity.map(({ name, content }) => [name, content])),
  };
}

/** What the layout gives every page, the 404 page included: site tags and the feed. */
export function layoutMetadata(site: SiteConfig): Metadata {
  const feed = feedLink(site);
  return {
    metadataBase: new URL(site.origin),
    title: { default: site.siteName, template: `%s - ${site.siteName}` },
    formatDetection: { telephone: false },
    alternates: { types: { 'application/atom+xml': [{ url: feed.href, title: feed.title }] } },
    other: Object.fromEntries(siteTags(site).map(({ name, content }) => [name, content])),
  };
}
