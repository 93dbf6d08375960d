import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { cssUrls, pageFacts } from './html';
import type { Fetched, Site } from './types';

/** Where the site publishes the JSON Schema of its data.json files. */
export const SCHEMA_PATH = '/schema/report.schema.json';

/** Where a crawl starts: the home page, the files inspections read, the open-data schema. */
const START_PATHS = ['/', '/sitemap.xml', '/robots.txt', '/feed.xml', SCHEMA_PATH];

/** A path no site serves, to see the site's 404 page. */
export const NOT_FOUND_PATH = '/__audit-no-such-page';

/** Where a request goes: over IPv6 only, as the inspection measures internal links. */
function request(url: URL): Promise<Omit<Fetched, 'path'>> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.get(url, { family: 6, timeout: 15_000, headers: { 'user-agent': 'gov-report-portal-audit', 'accept-encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
      res.on('error', (error) => resolve({ status: 0, contentType: '', body: Buffer.alloc(0), error: error.message }));
    });
    req.on('timeout', () => req.destroy(new Error('15 秒内没有响应')));
    req.on('error', (error) => resolve({ status: 0, contentType: '', body: Buffer.alloc(0), error: error.message }));
  });
}

/** Why an origin cannot be checked over IPv6, or null. */
export function ipv6Problem(origin: string): string | null {
  const host = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  return isIP(host) === 4 ? `${host} 是 IPv4 地址：请给出域名或 IPv6 地址（例如 http://[::1]:3000），才能检查 IPv6 访问` : null;
}

/**
 * Fetches the site the way an inspection does: from the home page, the sitemap, robots.txt
 * and the feed, following every internal link and every resource of every page (and url()
 * in stylesheets), over IPv6. URLs on `siteOrigin` (the configured origin the pages'
 * absolute URLs use) are fetched from `origin`.
 */
export async function crawlSite(origin: string, siteOrigin: string | null): Promise<Site> {
  const base = new URL(origin);
  const site: Site = { origin: base.origin, siteOrigin, pages: new Map(), responses: new Map(), referrers: new Map() };
  const internalPath = (href: string, from: string): string | null => {
    let url: URL;
    try {
      url = new URL(href, new URL(from, base));
    } catch {
      return null;
    }
    if (url.origin !== base.origin && url.origin !== siteOrigin) return null;
    return url.pathname + url.search;
  };
  const queue: string[] = [];
  const enqueue = (href: string, from: string | null) => {
    const path = internalPath(href, from ?? '/');
    if (path === null) return;
    if (from !== null) site.referrers.set(path, new Set([...(site.referrers.get(path) ?? []), from]));
    if (!site.responses.has(path) && !queue.includes(path)) queue.push(path);
  };
  for (const start of START_PATHS) enqueue(start, null);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const fetched: Fetched = { path, ...(await request(new URL(path, base))) };
    site.responses.set(path, fetched);
    if (fetched.status !== 200) continue;
    const text = fetched.body.toString('utf8');
    if (fetched.contentType.includes('text/html')) {
      site.pages.set(path, text);
      const facts = pageFacts(text);
      const shared = [...(facts.properties.get('og:image') ?? []), ...(facts.named.get('Image') ?? [])];
      for (const href of [...facts.anchors, ...facts.resources, ...facts.links.map((l) => l.href), ...shared]) enqueue(href, path);
    } else if (fetched.contentType.includes('text/css')) {
      for (const href of cssUrls(text)) enqueue(href, path);
    } else if (path === '/sitemap.xml') {
      for (const m of text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) enqueue(m[1]!, path);
    } else if (path === '/feed.xml') {
      for (const m of text.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) enqueue(m[1]!.replace(/&amp;/g, '&'), path);
    }
  }
  const missing: Fetched = { path: NOT_FOUND_PATH, ...(await request(new URL(NOT_FOUND_PATH, base))) };
  site.responses.set(NOT_FOUND_PATH, missing);
  return site;
}
