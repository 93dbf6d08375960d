import { expect, test } from '@playwright/test';
import { crawl } from '../support/crawl';

// Set by playwright.config.ts (given or free) and inherited by the workers.
const PORT = Number(process.env.TEST_PORT);
const ORIGINS = [`http://[::1]:${PORT}`, `http://127.0.0.1:${PORT}`];

test.describe('IPv6 readiness', () => {
  for (const origin of ORIGINS) {
    test(`every page and internal link works over ${origin}, and nothing loads from another host`, async ({ page }) => {
      const { visits, offsite } = await crawl(page, origin);
      for (const visit of visits) expect(visit.status, visit.path).toBe(200);
      const seen = visits.map((visit) => visit.path);
      expect(offsite).toEqual([]);
      expect(seen).toEqual(expect.arrayContaining([
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
    // Exactly one robots tag: two (index and noindex) leave crawlers to guess.
    expect(await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')))).toEqual(['noindex']);
    await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
    await expect(page.getByRole('link', { name: '梧州市2023年度法治政府建设工作报告' })).toBeVisible();
  });
});
