import type { APIResponse, Page, Response } from '@playwright/test';

/** What the crawl met on one path. */
export interface Visit {
  path: string;
  status: number;
  headers: Record<string, string>;
  /** True for pages (HTML), false for data files, feeds and downloads. */
  page: boolean;
}

/** Paths with a file extension (data.json, metrics.csv, feed.xml) are fetched, not opened. */
const isFile = (pathname: string) => /\.[a-z0-9]+$/i.test(pathname);

/**
 * Opens every internal page reachable from `/` over `origin`, fetches every internal file linked, records each status and response headers, and
 * collects any request that leaves the origin. `onPage` runs on each page once it is loaded.
 */
export async function crawl(page: Page, origin: string, onPage?: (path: string) => Promise<void>): Promise<{ visits: Visit[]; offsite: string[] }> {
  const offsite: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offsite.push(`${page.url()} → ${request.url()}`);
  });
  const queue = ['/'];
  const seen = new Set<string>();
  const visits: Visit[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    if (isFile(path)) {
      const response: APIResponse = await page.request.get(origin + path, { maxRedirects: 0 });
      visits.push({ path, status: response.status(), headers: response.headers(), page: false });
      continue;
    }
    const response: Response | null = await page.goto(origin + path);
    visits.push({ path, status: response?.status() ?? 0, headers: (await response?.allHeaders()) ?? {}, page: true });
    await page.waitForLoadState('networkidle');
    if (onPage) await onPage(path);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return { visits, offsite };
}
