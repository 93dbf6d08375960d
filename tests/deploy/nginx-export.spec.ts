import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listFiles } from '../../lib/deploy/files';
import { crawl } from '../support/crawl';
import { pageScriptPath } from '../support/page-script';
import { APP, NGINX } from './servers';

const OUT = path.join(process.cwd(), 'out');
const REPORT = '/reports/wuzhou-2023';

test.describe('nginx serving the static export', () => {
  for (const origin of [NGINX.v6, NGINX.v4]) {
    test(`every page and internal link answers 200 over ${origin}, and nothing loads from another host`, async ({ page }) => {
      const { visits, offsite } = await crawl(page, origin);
      expect(visits.filter((v) => v.status !== 200).map((v) => `${v.path} ${v.status}`)).toEqual([]);
      expect(offsite).toEqual([]);
      expect(visits.map((v) => v.path)).toEqual(expect.arrayContaining(['/', '/reports', REPORT, '/accessibility']));
    });
  }

  test('serves the same pages as npm start: every page of the crawl, with the same text', async ({ page, browser }) => {
    const { visits } = await crawl(page, NGINX.v6);
    const other = await browser.newPage();
    for (const visit of visits.filter((v) => v.page)) {
      await page.goto(NGINX.v6 + visit.path);
      await other.goto(APP.v6 + visit.path);
      // Compare the pages with their controls live on both (the reading pages add the page script after first paint).
      for (const p of [page, other]) await p.locator('html[data-controls="on"]').waitFor({ state: 'attached' });
      expect(await page.title(), visit.path).toBe(await other.title());
      expect(await page.locator('main').innerText(), visit.path).toBe(await other.locator('main').innerText());
    }
  });

  test('serves every data file, feed and search-index file byte for byte as npm start does', async ({ request }) => {
    const files = listFiles(OUT).filter((f) =>
      !f.endsWith('.gz') && !f.endsWith('.html') && !f.startsWith('_next/') && !/(^|\/)__next\./.test(f) && !f.startsWith('_not-found')
      && !(f.endsWith('.txt') && listFiles(OUT).includes(f.replace(/\.txt$/, '.html'))));
    expect(files).toContain('icon.svg');
    for (const file of files) {
      const [fromNginx, fromApp] = await Promise.all([request.get(`${NGINX.v6}/${file}`), request.get(`${APP.v6}/${file}`)]);
      expect(fromNginx.status(), file).toBe(200);
      expect(fromApp.status(), file).toBe(200);
      expect((await fromNginx.body()).equals(await fromApp.body()), file).toBe(true);
    }
  });

  test('answers an unknown page with the Chinese 404 page and status 404', async ({ page }) => {
    for (const missing of ['/no-such-page', '/reports/no-such-report', `${REPORT}.html`]) {
      const response = await page.goto(NGINX.v6 + missing);
      expect(response?.status(), missing).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
      await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
    }
  });

  test('sends pre-compressed files, caches hashed assets for a year and pages for a minute', async ({ request }) => {
    const html = await request.get(NGINX.v6 + REPORT, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(html.headers()['content-encoding']).toBe('gzip');
    expect(html.headers()['cache-control']).toBe('public, max-age=60');
    expect(html.headers()['content-type']).toBe('text/html; charset=utf-8');
    const plain = await request.get(NGINX.v6 + REPORT, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(await plain.text()).toBe(readFileSync(path.join(OUT, 'reports/wuzhou-2023.html'), 'utf8'));
    // The search page is the one page that still loads Next.js chunks (the others ship none).
    const search = await (await request.get(`${NGINX.v6}/search`)).text();
    const pageScript = pageScriptPath(await plain.text());
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(search)?.[1];
    for (const asset of [pageScript, chunk]) {
      expect(asset).toBeTruthy();
      const js = await request.get(NGINX.v6 + asset!, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(js.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
      expect(js.headers()['content-encoding'], asset).toBe('gzip');
    }
  });

  test('npm start also caches the page script for a year, as it is named by its content', async ({ request }) => {
    const html = await (await request.get(APP.v6 + REPORT)).text();
    const pageScript = pageScriptPath(html);
    expect(pageScript).toBeTruthy();
    const js = await request.get(APP.v6 + pageScript!);
    expect(js.status()).toBe(200);
    expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('lets data files and feeds be cached for a minute on both servers, never a year by a CDN', async ({ request }) => {
    for (const file of [`${REPORT}/data.json`, `${REPORT}/metrics.csv`, '/feed.xml', '/schema/report.schema.json']) {
      for (const origin of [NGINX.v6, APP.v6]) {
        const response = await request.get(origin + file);
        expect(response.status(), `${origin}${file}`).toBe(200);
        expect(response.headers()['cache-control'], `${origin}${file}`).toBe('public, max-age=60');
      }
    }
  });

  test('redirects /reports/ to /reports on the same origin, as npm start does', async ({ request }) => {
    for (const origin of [NGINX.v6, APP.v6]) {
      const response = await request.get(`${origin}/reports/`, { maxRedirects: 0 });
      expect(response.status(), origin).toBe(308);
      expect(new URL(response.headers().location ?? '', origin).href).toBe(`${origin}/reports`);
    }
  });
});
