import { parseHTML } from 'linkedom';

/** A page parsed into the facts the checks look at. */
export interface PageFacts {
  /** <meta name> contents by name (every occurrence). */
  named: Map<string, string[]>;
  /** <meta property> contents by property. */
  properties: Map<string, string[]>;
  /** <link rel> targets: rel → hrefs. */
  links: { rel: string; href: string; type: string | null }[];
  /** Hyperlinks (a[href]) and the targets of GET forms (a search form leads to /search). */
  anchors: string[];
  /** URLs the page loads: scripts, styles, images, frames, media, CSS url(). */
  resources: string[];
  /** Text of the page footer(s), spaces squeezed. */
  footerText: string;
  /** Hyperlinks inside the footer. */
  footerLinks: { text: string; href: string }[];
  /** Contents of application/ld+json scripts. */
  jsonLd: string[];
}

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** URLs in CSS text: url(…) and @import "…". */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)].map((m) => m[2]!.trim());
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)].map((m) => m[2]!.trim());
  return [...urls, ...imports].filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

/** Reads a page's HTML with a DOM parser. */
export function pageFacts(html: string): PageFacts {
  const { document } = parseHTML(html);
  const all = (selector: string) => [...document.querySelectorAll(selector)] as Element[];
  const attr = (el: Element, name: string) => el.getAttribute(name);
  const group = (pairs: [string, string][]) => {
    const map = new Map<string, string[]>();
    for (const [k, v] of pairs) map.set(k, [...(map.get(k) ?? []), v]);
    return map;
  };
  const srcset = (value: string | null) => (value ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter(Boolean);
  const resources = [
    ...all('script[src]').map((el) => attr(el, 'src')!),
    ...all('link[href]').filter((el) => /\b(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i.test(attr(el, 'rel') ?? '')).map((el) => attr(el, 'href')!),
    ...all('img[src], iframe[src], embed[src], video[src], audio[src], source[src], track[src], input[type=image][src]').map((el) => attr(el, 'src')!),
    ...all('img[srcset], source[srcset]').flatMap((el) => srcset(attr(el, 'srcset'))),
    ...all('video[poster]').map((el) => attr(el, 'poster')!),
    ...all('object[data]').map((el) => attr(el, 'data')!),
    ...all('image[href], use[href]').map((el) => attr(el, 'href')!).filter((href) => !href.startsWith('#')),
    ...all('style').flatMap((el) => cssUrls(el.textContent ?? '')),
    ...all('[style]').flatMap((el) => cssUrls(attr(el, 'style') ?? '')),
  ].filter((url) => url && !url.startsWith('data:'));
  const footers = all('footer');
  return {
    named: group(all('meta[name]').map((el) => [attr(el, 'name')!, attr(el, 'content') ?? ''])),
    properties: group(all('meta[property]').map((el) => [attr(el, 'property')!, attr(el, 'content') ?? ''])),
    links: all('link[href]').map((el) => ({ rel: (attr(el, 'rel') ?? '').toLowerCase(), href: attr(el, 'href')!, type: attr(el, 'type') })),
    anchors: [
      ...all('a[href]').map((el) => attr(el, 'href')!),
      ...all('form[action]').filter((el) => (attr(el, 'method') ?? 'get').toLowerCase() === 'get').map((el) => attr(el, 'action')!),
    ],
    resources,
    footerText: squeeze(footers.map((f) => f.textContent).join(' ')),
    footerLinks: footers.flatMap((f) => [...f.querySelectorAll('a[href]')].map((a) => ({ text: squeeze(a.textContent), href: a.getAttribute('href')! }))),
    jsonLd: all('script[type="application/ld+json"]').map((el) => el.textContent ?? ''),
  };
}
