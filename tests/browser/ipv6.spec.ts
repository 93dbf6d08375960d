import { expect, test } from '@playwright/test';

const PORT = Number(process.env.TEST_PORT ?? 3100);
const ORIGINS = [`http://[::1]:${PORT}`, `http://127.0.0.1:${PORT}`];

test.describe('IPv6 readiness', () => {
  for (const origin of ORIGINS) {
    test(`every page and internal link works over ${origin}, and nothing loads from another host`, async ({ page }) => {
      const offsite: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offsite.push(`${page.url()} → ${request.url()}`);
      });
      const queue = ['/'];
      const seen = new Set<string>();
      const texts = new Map<string, string>();
      while (queue.length > 0) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        if (/\.(json|csv|xml|txt)$/.test(path)) {
          // Data files and feeds: fetched, not rendered.
          const file = await page.request.get(origin + path);
          expect(file.status(), path).toBe(200);
          continue;
        }
        const response = await page.goto(origin + path);
        expect(response?.status(), path).toBe(200);
        await page.waitForLoadState('networkidle');
        texts.set(path, await page.locator('main').innerText());
        const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const href of links) {
          const url = new URL(href);
          if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
        }
      }
      expect(offsite).toEqual([]);
      expect([...seen]).toEqual(expect.arrayContaining([
        '/', '/reports', '/reports/wuzhou-2023', '/reports/wuzhou-2023/figures', '/reports/wuzhou-2023/data.json',
        '/reports/wuzhou-2023/metrics.csv', '/archive', '/feed.xml', '/accessibility',
      ]));
    });
  }

  test('both stacks serve identical content', async ({ request }) => {
    for (const path of ['/', '/reports/wuzhou-2023']) {
      const [v6, v4] = await Promise.all(ORIGINS.map((o) => request.get(o + path).then((r) => r.text())));
      expect(v6).toBe(v4);
    }
  });

  test('an unknown page answers 404 in Chinese, with a way on', async ({ page }) => {
    const response = await page.goto('/reports/no-such-report');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
    await expect(page.getByRole('link', { name: '梧州市2023年度法治政府建设工作报告' })).toBeVisible();
  });
});
