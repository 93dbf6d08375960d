import type { Metadata, Viewport } from 'next';

/** One element of a document head, as plain data that any renderer can print. */
export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name: string; content: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string; sizes?: string };

type Feed = { url: string | URL; title?: string | null };

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : value instanceof URL ? value.href : null;

/** The page title: the page's own through the site's template, or the site's default. */
function fullTitle(site: Metadata, page: Metadata): string {
  const template = site.title && typeof site.title === 'object' && 'template' in site.title ? site.title.template : null;
  const fallback = site.title && typeof site.title === 'object' && 'default' in site.title ? site.title.default : text(site.title);
  const own = text(page.title);
  return own === null ? fallback ?? '' : template ? template.replace('%s', own) : own;
}

/** Feed links: a page's own `alternates.types` add to the site's, never replace them. */
function feeds(site: Metadata, page: Metadata): HeadTag[] {
  const types = { ...site.alternates?.types, ...page.alternates?.types };
  return Object.entries(types).flatMap(([type, entries]) =>
    (Array.isArray(entries) ? (entries as Feed[]) : [{ url: entries as string }]).map((entry): HeadTag => ({
      tag: 'link', rel: 'alternate', type, href: text(entry.url) ?? '', ...(entry.title ? { title: entry.title } : {}),
    })));
}

/**
 * The head of a page rendered outside the App Router (the report and figures pages), from
 * the same Metadata objects the App Router pages use: the site's (root layout) and the page's.
 * Covers the fields the portal uses; Next.js prints the same tags for App Router pages.
 */
export function headTags(site: Metadata, page: Metadata, viewport: Viewport): HeadTag[] {
  const og = page.openGraph as (Record<string, unknown> & { type?: string }) | undefined;
  const robots = page.robots && typeof page.robots === 'object' && page.robots.index === false ? 'noindex' : null;
  const tags: (HeadTag | null)[] = [
    { tag: 'meta', name: 'viewport', content: `width=${String(viewport.width)}, initial-scale=${String(viewport.initialScale)}` },
    typeof viewport.themeColor === 'string' ? { tag: 'meta', name: 'theme-color', content: viewport.themeColor } : null,
    { tag: 'title', text: fullTitle(site, page) },
    page.description ? { tag: 'meta', name: 'description', content: page.description } : null,
    robots ? { tag: 'meta', name: 'robots', content: robots } : null,
    ...Object.entries(page.other ?? {}).map(([name, value]): HeadTag => ({ tag: 'meta', name, content: String(value) })),
    text(page.alternates?.canonical) ? { tag: 'link', rel: 'canonical', href: text(page.alternates?.canonical) ?? '' } : null,
    ...feeds(site, page),
    site.formatDetection?.telephone === false ? { tag: 'meta', name: 'format-detection', content: 'telephone=no' } : null,
    ...(og ? ['title', 'description', 'url', 'siteName', 'locale', 'type', 'publishedTime'].flatMap((key): HeadTag[] => {
      const value = text(og[key]);
      if (value === null) return [];
      const property = key === 'siteName' ? 'og:site_name' : key === 'publishedTime' ? 'article:published_time' : `og:${key}`;
      return [{ tag: 'meta', property, content: value }];
    }) : []),
    { tag: 'link', rel: 'icon', href: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
  ];
  return tags.filter((t): t is HeadTag => t !== null);
}
