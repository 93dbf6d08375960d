import { expect, test } from '@playwright/test';
import { crawl } from '../support/crawl';
import { openPage } from '../support/open-page';
import { expectCommonSecurityHeaders, expectPageSecurityHeaders } from './expect-headers';
import { SERVERS } from './servers';
import { CLEAN, setTrap } from './trap';

const REPORT = '/reports/wuzhou-2023';

for (const server of SERVERS) {
  test.describe(`security headers and CSP on ${server.name}`, () => {
    test('every page of the crawl carries every security header, and every file the common ones', async ({ page }) => {
      const { visits } = await crawl(page, server.v6);
      expect(visits.length).toBeGreaterThanOrEqual(4);
      for (const visit of visits) {
        expect(visit.status, visit.path).toBe(200);
        if (visit.page) expectPageSecurityHeaders(visit.headers, visit.path);
        else expectCommonSecurityHeaders(visit.headers, visit.path);
      }
      const missing = await page.request.get(`${server.v6}/no-such-page`);
      expect(missing.status()).toBe(404);
      expectPageSecurityHeaders(missing.headers(), '404 page');
    });

    test('Chromium reports no CSP violation on any page, and the pages still hydrate', async ({ page }) => {
      const report = await setTrap(page);
      const hydrated: string[] = [];
      await crawl(page, server.v6, async (path) => {
        const settings = page.getByRole('button', { name: '无障碍' });
        await settings.click();
        await expect(settings, path).toHaveAttribute('aria-expanded', 'true');
        await settings.click();
        hydrated.push(path);
        expect(await report(), path).toEqual(CLEAN);
      });
      expect(hydrated).toContain(REPORT);
      await openPage(page, `${server.v6}/no-such-page`);
      await page.getByRole('button', { name: '无障碍' }).click();
      expect(await report(), '404 page').toEqual(CLEAN);
    });

    test('font size, the settings panel and the share dialog work under the CSP', async ({ page }) => {
      const report = await setTrap(page);
      // The controls run under the CSP once the page script (added after the first paint) is in.
      await openPage(page, server.v6 + REPORT);
      const group = page.getByRole('group', { name: '字号' }).first();
      await group.getByRole('button', { name: /^特大（/ }).click();
      await expect(page.locator('html')).toHaveAttribute('data-font', '4');
      await page.getByRole('button', { name: '无障碍' }).click();
      const panel = page.getByRole('region', { name: '阅读设置' });
      await panel.getByRole('checkbox', { name: /^高对比度/ }).check();
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'true');
      await panel.getByRole('button', { name: '关闭设置' }).click();
      await page.getByRole('button', { name: '微信' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      // The preloader (an inline script allowed by hash) applies the stored choice on reload.
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-font', '4');
      expect(await report()).toEqual(CLEAN);
    });

    test('search (Pagefind: WebAssembly in a worker) works under the CSP', async ({ page }) => {
      const report = await setTrap(page);
      await page.goto(`${server.v6}/search?q=${encodeURIComponent('行政复议')}`);
      const hit = page.locator('.search-results > ol > li').first();
      await expect(hit.getByRole('heading', { level: 2 })).toHaveText('梧州市2023年度法治政府建设工作报告');
      expect(await hit.locator('.search-sections a').first().getAttribute('href')).toMatch(/^\/reports\/wuzhou-2023#/);
      expect(await report()).toEqual(CLEAN);
    });

    test('a script injected into a page is blocked by the CSP', async ({ page }) => {
      await page.goto(server.v6 + REPORT);
      const outcome = await page.evaluate(async () => {
        const w = window as unknown as { ran?: string[] };
        w.ran = [];
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.ran.push("inline script")';
        document.body.append(script);
        document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.ran.push(\'event handler\')">');
        const link = document.createElement('a');
        link.href = 'javascript:window.ran.push("javascript: URL")';
        document.body.append(link);
        link.click();
        await new Promise((r) => setTimeout(r, 300));
        return { ran: w.ran, violations };
      });
      expect(outcome.ran).toEqual([]);
      expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
    });
  });
}
