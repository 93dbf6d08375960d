import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { PRELOAD_SCRIPT } from '../../lib/ui/prefs';
import { canonicalReportUrl, openPage, REPORT_PATH } from './helpers';

/** The most JavaScript (gzip) a first visit may evaluate before the reader touches a control. */
const SCRIPT_BUDGET_GZIP = 10 * 1024;

const READING_PAGES = [REPORT_PATH, `${REPORT_PATH}/figures`];

/**
 * Opens the report page with its page script held back (the text painted, the controls not
 * live yet, as on a slow phone); returns the function that lets the script through.
 */
async function openReportHoldingPageScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/js\/portal\.[0-9a-f]{12}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(REPORT_PATH, { waitUntil: 'domcontentloaded' });
  return release;
}

/** Every script a fresh load evaluates: the files it fetched and the inline scripts it ran. */
async function evaluatedScripts(page: Page, pagePath: string) {
  const bodies: Promise<{ url: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(response.body().then((body) => ({ url: response.url(), body })));
  });
  // The page script arrives after the first paint, which on a loaded machine can come later
  // than a network-idle pause: wait until the script has run, then for anything it fetched.
  await openPage(page, pagePath);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
    scripts
      .filter((s) => /^(|module|text\/javascript|application\/javascript)$/i.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''));
  const gzip = (text: string | Buffer) => gzipSync(text).length;
  const total = files.reduce((n, f) => n + gzip(f.body), 0) + inline.reduce((n, s) => n + gzip(s), 0);
  return { files: files.map((f) => new URL(f.url).pathname), inline, total };
}

test.describe('the home page and the list pages cost no framework JavaScript', () => {
  for (const pagePath of ['/', '/reports', '/archive', '/accessibility', '/issuers']) {
    test(`a fresh load of ${pagePath} evaluates only the preload script and the page script, none of it Next.js or React`, async ({ page }) => {
      const scripts = await evaluatedScripts(page, pagePath);
      expect(scripts.files.filter((f) => f.startsWith('/_next/')), 'framework chunks').toEqual([]);
      expect(scripts.files).toEqual([expect.stringMatching(/^\/js\/portal\.[0-9a-f]{12}\.js$/)]);
      expect(scripts.inline).toEqual([PRELOAD_SCRIPT]);
      expect(scripts.total).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP);
    });
  }
});

test.describe('reading a report costs no framework JavaScript', () => {
  for (const pagePath of READING_PAGES) {
    test(`a fresh load of ${pagePath} evaluates at most 10 KB gzip of script, none of it Next.js or React`, async ({ page }) => {
      const scripts = await evaluatedScripts(page, pagePath);
      expect(scripts.files.filter((f) => f.startsWith('/_next/')), 'framework chunks').toEqual([]);
      expect(scripts.files).toEqual([expect.stringMatching(/^\/js\/portal\.[0-9a-f]{12}\.js$/)]);
      expect(scripts.inline, 'inline, only the preload script and the page-script loader run').toEqual([PRELOAD_SCRIPT, expect.stringContaining(scripts.files[0] ?? '')]);
      expect(scripts.total).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP);
    });
  }

  for (const pagePath of READING_PAGES) {
    test(`${pagePath} paints its text before it fetches its page script, which then brings the controls to life`, async ({ page }) => {
      // Fetched with the HTML, the script took bandwidth from the text and ran before the
      // first paint; the text is what the reader came for.
      await openPage(page, pagePath);
      const { paint, script } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        script: performance.getEntriesByType('resource').find((e) => /\/js\/portal\.[0-9a-f]{12}\.js$/.test(e.name))?.startTime ?? null,
      }));
      expect(paint).not.toBeNull();
      expect(script).not.toBeNull();
      expect(script!).toBeGreaterThan(paint!);
      await page.getByRole('button', { name: '无障碍' }).click();
      await expect(page.getByRole('region', { name: '阅读设置' })).toBeVisible();
    });
  }

  test('a 字号 button tapped before the page script has arrived is not lost: it takes effect once the script has run', async ({ page }) => {
    // On a slow phone the text paints well before the controls are live; an elderly reader's
    // first tap on 特大 must not silently do nothing.
    const release = await openReportHoldingPageScript(page);
    const largest = page.getByRole('group', { name: '字号' }).first().getByRole('button', { name: /^特大（/ });
    await largest.click();
    expect(await page.locator('html').getAttribute('data-controls'), 'tapped before the controls were live').toBeNull();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-font', '4');
    await expect(largest).toHaveAttribute('aria-pressed', 'true');
  });

  test('several controls tapped before the page script has arrived all take effect, in order, each once', async ({ page }) => {
    // A reader taps 特大, then 无障碍 — twice, because nothing happened yet: once the controls
    // are live the text is larger and the panel is open (not opened and closed again).
    const release = await openReportHoldingPageScript(page);
    const largest = page.getByRole('group', { name: '字号' }).first().getByRole('button', { name: /^特大（/ });
    const settings = page.getByRole('button', { name: '无障碍' });
    await largest.click();
    await settings.click();
    await settings.click();
    expect(await page.locator('html').getAttribute('data-controls'), 'tapped before the controls were live').toBeNull();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-controls', 'on');
    await expect(page.locator('html')).toHaveAttribute('data-font', '4');
    await expect(page.getByRole('region', { name: '阅读设置' })).toBeVisible();
  });

  test('a browser that reports no paint timing still gets the controls, once the page is parsed', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => Object.freeze(['navigation', 'resource']) });
    });
    await openPage(page, REPORT_PATH);
    // Fetched as soon as the document was parsed, so before the load event, not after the
    // 3-second fallback for a paint that is never reported.
    const { script, load } = await page.evaluate(() => ({
      script: performance.getEntriesByType('resource').find((e) => /\/js\/portal\./.test(e.name))?.startTime ?? Infinity,
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
    }));
    expect(script).toBeLessThanOrEqual(load);
    await page.getByRole('button', { name: '无障碍' }).click();
    await expect(page.getByRole('region', { name: '阅读设置' })).toBeVisible();
  });

  for (const pagePath of READING_PAGES) {
    test(`a first visit to ${pagePath} reads no stored settings, before or after the page is idle`, async ({ page }) => {
      // Reading localStorage is a synchronous round trip to the browser process: a first
      // visit has nothing stored, so it must not pay for it (before first paint or after).
      await page.addInitScript(() => {
        const w = window as unknown as { storageReads: string[] };
        w.storageReads = [];
        const getItem = Storage.prototype.getItem;
        Storage.prototype.getItem = function (this: Storage, key: string) {
          w.storageReads.push(key);
          return getItem.call(this, key);
        };
      });
      await openPage(page, pagePath);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 })));
      expect(await page.evaluate(() => (window as unknown as { storageReads: string[] }).storageReads)).toEqual([]);
      // The stored settings are still there for the reader who opens the panel.
      await page.getByRole('button', { name: '无障碍' }).click();
      await expect(page.getByRole('region', { name: '阅读设置' }).getByRole('checkbox', { name: /^高对比度/ })).not.toBeChecked();
    });
  }

  test('the report text is sent once: no copy of it for hydration in the HTML', async ({ request }) => {
    const html = await (await request.get(REPORT_PATH)).text();
    const sentence = '梧州市法治政府建设虽然取得一定成效';
    expect(html.split(sentence).length - 1).toBe(1);
    expect(html).not.toContain('self.__next_f');
    expect(html).not.toContain('__NEXT_DATA__');
  });

  for (const pagePath of READING_PAGES) {
    test(`${pagePath} logs no console error on load or while its controls are used`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await openPage(page, pagePath);
      await page.getByRole('button', { name: '无障碍' }).click();
      await page.getByRole('checkbox', { name: /^高对比度/ }).check();
      await page.getByRole('region', { name: '阅读设置' }).getByRole('button', { name: /^大（/ }).click();
      await page.getByRole('button', { name: '关闭设置' }).click();
      if (pagePath === REPORT_PATH) {
        await page.getByRole('button', { name: '复制链接' }).click();
        await page.getByRole('button', { name: '微信' }).click();
        await page.keyboard.press('Escape');
        await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: /^五、/ }).click();
      }
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the report page still offers the share links, and the figures page its tables', async ({ page }) => {
    await page.goto(REPORT_PATH);
    for (const name of ['分享到微博（在新窗口打开）', '分享到QQ空间（在新窗口打开）', '分享给QQ好友（在新窗口打开）']) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
    await page.goto(`${REPORT_PATH}/figures`);
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('数据和图表');
  });

  test('the report prints whole, ending with its address', async ({ page }) => {
    await page.goto(REPORT_PATH);
    const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'print-nojs-')), 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
    expect(text).toContain('梧州市2023年度法治政府建设工作报告');
    expect(text).toContain('2023年,梧州市法治政府建设虽然取得一定成效');
    expect(text).toContain(canonicalReportUrl());
  });
});
