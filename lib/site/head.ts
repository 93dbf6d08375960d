/**
 * What a page's <head> says about it, as plain data that any rendering can print: the
 * Next.js Metadata API today (metadata.ts), a static HTML template tomorrow (headTags). One
 * description per page kind, following 《政府网站发展指引》's page tags (SiteName … Url),
 * Open Graph with the portal's own PNG share image, and schema.org JSON-LD.
 */
import type { SiteConfig } from '../content/site-schema';
import type { Report } from '../report';
import { formatPublished } from '../ui/format';
import type { Column } from './columns';
import { REPORTS_COLUMN } from './columns';
import { reportModified } from './dates';
import { listPageName, listPagePath } from './listings';
import type { PageKind } from './page-kinds';
import { summarise } from './summary';
import { absoluteUrl, reportPath, siteDomain } from './urls';

/** The share image every page names (og:image, Image): a PNG the portal serves itself. */
export const SHARE_IMAGE = { path: '/share-image.png', width: 1200, height: 630, type: 'image/png' } as const;

/** Longest description, in characters. */
const DESCRIPTION_LENGTH = 120;

/** A name/content pair of a <meta name> tag. */
export interface NamedTag {
  name: string;
  content: string;
}

/** Open Graph properties of a page. */
export interface OpenGraph {
  type: 'website' | 'article';
  url: string;
  title: string;
  description: string;
  siteName: string;
  locale: 'zh_CN';
  image: { url: string; width: number; height: number; type: string; alt: string };
  publishedTime?: string;
  modifiedTime?: string;
  authors?: string[];
}

/** Everything a page's <head> holds besides the stylesheet and scripts. */
export interface PageHead {
  kind: PageKind;
  /** The whole <title>. */
  title: string;
  description: string;
  /** Canonical URL on the configured origin; null on the 404 page. */
  canonical: string | null;
  /** robots directive, e.g. noindex for the search page. */
  robots: string | null;
  /** The site's Atom feed, linked from every page. */
  feed: { href: string; title: string };
  /** 政府网站 page tags in the order the 规范 lists them; unknown values are left out. */
  identity: NamedTag[];
  openGraph: OpenGraph | null;
  /** schema.org objects, each printed as one application/ld+json script. */
  jsonLd: Record<string, unknown>[];
}

/** One tag of the head, as printed. */
export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name: string; content: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string }
  | { tag: 'script'; type: 'application/ld+json'; json: string };

/** The site's Atom feed, as every page links it. */
export function feedLink(site: SiteConfig): { href: string; title: string } {
  return { href: '/feed.xml', title: `${site.siteName}更新` };
}

const organisation = (name: string, url?: string) => ({ '@type': 'GovernmentOrganization', name, ...(url ? { url } : {}) });

/** SiteName, SiteDomain and SiteIDCode: on every page. */
export function siteTags(site: SiteConfig): NamedTag[] {
  return [
    { name: 'SiteName', content: site.siteName },
    { name: 'SiteDomain', content: siteDomain(site.origin) },
    ...(site.siteIdCode ? [{ name: 'SiteIDCode', content: site.siteIdCode }] : []),
  ];
}

function base(site: SiteConfig, kind: PageKind, title: string, description: string, path: string | null): PageHead {
  const canonical = path === null ? null : absoluteUrl(site.origin, path);
  return {
    kind,
    title,
    description,
    canonical,
    robots: null,
    feed: feedLink(site),
    identity: siteTags(site),
    openGraph: canonical === null ? null : {
      type: 'website',
      url: canonical,
      title,
      description,
      siteName: site.siteName,
      locale: 'zh_CN',
      image: { ...SHARE_IMAGE, url: absoluteUrl(site.origin, SHARE_IMAGE.path), alt: site.siteName },
    },
    jsonLd: [],
  };
}

const website = (site: SiteConfig) => ({ '@type': 'WebSite', name: site.siteName, url: absoluteUrl(site.origin, '/') });

function breadcrumbs(site: SiteConfig, crumbs: [string, string][]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map(([name, path], i) => ({ '@type': 'ListItem', position: i + 1, name, item: absoluteUrl(site.origin, path) })),
  };
}

/** The home page. */
export function homeHead(site: SiteConfig): PageHead {
  const head = base(site, 'home', site.siteName, `${site.government}发布的法治政府建设年度报告等年度报告。`, '/');
  head.jsonLd = [{
    '@context': 'https://schema.org',
    ...website(site),
    inLanguage: 'zh-CN',
    publisher: organisation(site.government, absoluteUrl(site.origin, '/')),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absoluteUrl(site.origin, '/search')}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  }];
  return head;
}

/**
 * A column page (栏目页): /reports, /archive, /search, /accessibility, and the list pages of
 * an issuer, a kind, a year or a comparison, whose breadcrumb passes through `parents`.
 * `page` > 1 names a later page of a paginated list.
 */
export function columnHead(site: SiteConfig, column: Column, parents: [string, string][] = [], page = 1): PageHead {
  const name = listPageName(column.name, page);
  const path = listPagePath(column.path, page);
  const head = base(site, 'column', `${name} - ${site.siteName}`, column.description, path);
  head.openGraph!.title = name;
  head.identity.push(
    { name: 'ColumnName', content: column.name },
    { name: 'ColumnDescription', content: column.description },
    { name: 'ColumnKeywords', content: column.keywords.join(',') },
    { name: 'ColumnType', content: column.type },
  );
  if (column.path === '/search') head.robots = 'noindex';
  head.jsonLd = [
    { '@context': 'https://schema.org', '@type': 'CollectionPage', name, description: column.description, url: head.canonical, inLanguage: 'zh-CN', isPartOf: website(site) },
    breadcrumbs(site, [['首页', '/'], ...parents, [name, path]]),
  ];
  return head;
}

/** The description of a report: its own, or the start of its intro cut at a sentence or word. */
export function reportDescription(report: Report): string {
  return report.meta.description ?? summarise(report.intro.text, DESCRIPTION_LENGTH);
}

/** Keywords of a report: issuer, year and columns. */
function reportKeywords(report: Report): string[] {
  const { issuer, year, columns } = report.meta;
  return [...new Set([issuer, `${year}年`, ...columns])];
}

function articleHead(site: SiteConfig, report: Report, title: string, description: string, path: string): PageHead {
  const { meta } = report;
  const head = base(site, 'article', `${title} - ${site.siteName}`, description, path);
  Object.assign(head.openGraph!, {
    type: 'article',
    title,
    publishedTime: meta.published,
    modifiedTime: reportModified(report),
    authors: [meta.issuer],
  });
  head.identity.push(
    { name: 'ColumnName', content: meta.columns.at(-1) ?? REPORTS_COLUMN.name },
    { name: 'ColumnType', content: REPORTS_COLUMN.type },
    { name: 'ArticleTitle', content: title },
    { name: 'PubDate', content: formatPublished(meta.published) },
    { name: 'ContentSource', content: meta.source },
    { name: 'Keywords', content: reportKeywords(report).join(',') },
    { name: 'Author', content: meta.issuer },
    { name: 'Description', content: description },
    { name: 'Image', content: head.openGraph!.image.url },
    { name: 'Url', content: head.canonical! },
  );
  return head;
}

/** A report page (文章页). */
export function reportHead(site: SiteConfig, report: Report): PageHead {
  const { meta } = report;
  const path = reportPath(meta.slug);
  const head = articleHead(site, report, meta.title, reportDescription(report), path);
  head.jsonLd = [
    {
      '@context': 'https://schema.org',
      '@type': 'Report',
      headline: meta.title,
      name: meta.title,
      description: head.description,
      url: head.canonical,
      mainEntityOfPage: head.canonical,
      inLanguage: 'zh-CN',
      datePublished: meta.published,
      dateModified: reportModified(report),
      keywords: reportKeywords(report).join(','),
      image: head.openGraph!.image.url,
      author: organisation(meta.issuer),
      sourceOrganization: organisation(meta.source),
      publisher: organisation(site.government, absoluteUrl(site.origin, '/')),
      isPartOf: website(site),
    },
    breadcrumbs(site, [['首页', '/'], [REPORTS_COLUMN.name, REPORTS_COLUMN.path], [meta.title, path]]),
  ];
  return head;
}

/** The figures page of a report (文章页): its quantities as a dataset. */
export function figuresHead(site: SiteConfig, report: Report): PageHead {
  const { meta } = report;
  const path = `${reportPath(meta.slug)}/figures`;
  const title = `${meta.title}：数据和图表`;
  const head = articleHead(site, report, title, `${meta.title}中的全部数据和图表。`, path);
  head.jsonLd = [
    {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: title,
      description: head.description,
      url: head.canonical,
      inLanguage: 'zh-CN',
      datePublished: meta.published,
      dateModified: reportModified(report),
      creator: organisation(meta.issuer),
      isBasedOn: absoluteUrl(site.origin, reportPath(meta.slug)),
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(site.origin, `${reportPath(meta.slug)}/data.json`) },
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(site.origin, `${reportPath(meta.slug)}/metrics.csv`) },
      ],
    },
    breadcrumbs(site, [['首页', '/'], [REPORTS_COLUMN.name, REPORTS_COLUMN.path], [meta.title, reportPath(meta.slug)], ['数据和图表', path]]),
  ];
  return head;
}

/** JSON for an inline script: `<` escaped so that no text in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The head as a list of tags in document order, for any rendering to print. */
export function headTags(head: PageHead): HeadTag[] {
  const og = head.openGraph;
  const property = (name: string, content: string | number | undefined): HeadTag[] =>
    content === undefined ? [] : [{ tag: 'meta', property: name, content: String(content) }];
  return [
    { tag: 'title', text: head.title },
    { tag: 'meta', name: 'description', content: head.description },
    ...(head.robots ? [{ tag: 'meta' as const, name: 'robots', content: head.robots }] : []),
    ...(head.canonical ? [{ tag: 'link' as const, rel: 'canonical', href: head.canonical }] : []),
    { tag: 'link', rel: 'alternate', type: 'application/atom+xml', title: head.feed.title, href: head.feed.href },
    ...head.identity.map(({ name, content }) => ({ tag: 'meta' as const, name, content })),
    ...(og ? [
      ...property('og:title', og.title),
      ...property('og:description', og.description),
      ...property('og:url', og.url),
      ...property('og:site_name', og.siteName),
      ...property('og:locale', og.locale),
      ...property('og:image', og.image.url),
      ...property('og:image:type', og.image.type),
      ...property('og:image:width', og.image.width),
      ...property('og:image:height', og.image.height),
      ...property('og:image:alt', og.image.alt),
      ...property('og:type', og.type),
      ...property('article:published_time', og.publishedTime),
      ...property('article:modified_time', og.modifiedTime),
      ...(og.authors ?? []).flatMap((a) => property('article:author', a)),
    ] : []),
    ...head.jsonLd.map((json) => ({ tag: 'script' as const, type: 'application/ld+json' as const, json: scriptJson(json) })),
  ];
}

/**
 * What the root layout's metadata and viewport give App Router pages besides a page's own
 * head (viewport, theme colour, no phone-number detection, the icon), for pages rendered
 * outside it: the Pages Router's report, figures and error pages.
 */
export function documentTags(): HeadTag[] {
  return [
    { tag: 'meta', name: 'viewport', content: 'width=device-width, initial-scale=1' },
    { tag: 'meta', name: 'theme-color', content: '#9f1c1c' },
    { tag: 'meta', name: 'format-detection', content: 'telephone=no' },
    { tag: 'link', rel: 'icon', href: '/icon.svg', type: 'image/svg+xml' },
  ];
}

/** The head of the server-error page: its title, noindex and the site tags. */
export function errorHead(site: SiteConfig): HeadTag[] {
  return [
    { tag: 'title', text: `服务暂时出错 - ${site.siteName}` },
    { tag: 'meta', name: 'robots', content: 'noindex' },
    ...siteTags(site).map(({ name, content }) => ({ tag: 'meta' as const, name, content })),
  ];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tags as HTML, for a page rendered without React. */
export function renderHeadTags(tags: readonly HeadTag[]): string {
  return tags.map((t) => {
    switch (t.tag) {
      case 'title': return `<title>${escapeHtml(t.text)}</title>`;
      case 'meta': return 'name' in t
        ? `<meta name="${escapeHtml(t.name)}" content="${escapeHtml(t.content)}">`
        : `<meta property="${escapeHtml(t.property)}" content="${escapeHtml(t.content)}">`;
      case 'link': return `<link rel="${escapeHtml(t.rel)}"${t.type ? ` type="${escapeHtml(t.type)}"` : ''}${t.title ? ` title="${escapeHtml(t.title)}"` : ''} href="${escapeHtml(t.href)}">`;
      case 'script': return `<script type="application/ld+json">${t.json}</script>`;
    }
  }).join('\n');
}
