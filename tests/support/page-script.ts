import { scriptLoaderSrc } from '../../lib/ui/script-loader';

/**
 * The path of the page script a page's HTML loads: the one its inline loader adds (the
 * reading pages) or its `<script src>` (the other pages); undefined when it loads none.
 */
export function pageScriptPath(html: string): string | undefined {
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="(\/js\/portal\.[0-9a-f]{12}\.js)"/.exec(attributes)?.[1] ?? scriptLoaderSrc(body);
    if (src) return src;
  }
  return undefined;
}
