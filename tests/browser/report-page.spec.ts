import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import QRCode from 'qrcode';
import { canonicalReportUrl, openPage, REPORT_PATH, seedOutline, storePrefs } from './helpers';
import { IDENTITY_FIELDS } from '../../lib/content/identity';
import { readSite } from '../../lib/content/load';
import { SEED_GOLD } from '../fixtures-path';

test.describe('the report page', () => {
  test('shows every section and point of the seed report as h2 and h3 headings, with intro and closing', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const seed = seedOutline();
    expect(seed.sections).toHaveLength(7);
    expect(seed.sections.flatMap((s) => s.points)).toHaveLength(21);
    const headings = await page.locator('main :is(h1,h2,h3)').evaluateAll((nodes) =>
      nodes.filter((n) => !n.closest('dialog')).map((n) => `${n.tagName.toLowerCase()} ${(n.textContent ?? '').trim()}`));
    const expected = [
      `h1 ${seed.title}`,
      'h2 数说',
      'h2 目录',
      ...seed.sections.flatMap((s) => [`h2 ${s.heading}`, ...s.points.map((p) => `h3 ${p}`)]),
      'h2 存在的不足和下一步工作',
    ];
    expect(headings).toEqual(expected);
    await expect(page.locator('main')).toContainText('2023年,梧州市坚持以习近平新时代中国特色社会主义思想为指导');
    await expect(page.locator('#closing')).toContainText('2023年,梧州市法治政府建设虽然取得一定成效,但仍存在');
  });

  test('has the landmarks and outline a screen reader moves through', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    await expect(page.locator('body')).toMatchAriaSnapshot(`
      - link "跳到正文"
      - banner:
        - link "梧州市人民政府 年度报告"
        - button "无障碍"
      - main:
        - navigation "当前位置":
          - list:
            - listitem:
              - link "首页"
            - listitem:
              - link "法治政府建设"
            - listitem:
              - link "年度报告"
            - listitem:
              - link "梧州市2023年度法治政府建设工作报告"
        - article:
          - heading "梧州市2023年度法治政府建设工作报告" [level=1]
          - navigation "目录":
            - heading "目录" [level=2]
            - list
          - region /一、加强党的全面领导/:
            - heading /一、加强党的全面领导/ [level=2]
          - region "存在的不足和下一步工作":
            - heading "存在的不足和下一步工作" [level=2]
      - contentinfo
    `);
    await expect(page.getByRole('navigation', { name: '当前位置' }).locator('[aria-current="page"]'))
      .toHaveText('梧州市2023年度法治政府建设工作报告');
  });

  test('the skip link is the first focusable element and moves focus to the title', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('跳到正文');
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('id', 'page-title');
  });

  test('states publication time as China time, the source, and the contents list', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    await expect(page.locator('time')).toHaveAttribute('datetime', '2024-01-21T08:55:00+08:00');
    await expect(page.locator('.report-meta').first()).toContainText('来源：梧州市人民政府办公室');
    await expect(page.locator('.report-facts')).toHaveText('发布机关：梧州市人民政府类别：法治政府建设年度报告年度：2023年度');
    const toc = page.getByRole('navigation', { name: '目录' });
    await expect(toc.getByRole('link')).toHaveCount(8);
    await toc.getByRole('link', { name: /^四、/ }).click();
    await expect(page).toHaveURL(/#section-4$/);
    await expect(page.locator('#section-4 h2')).toBeInViewport();
  });

  test('marks quantities with machine-readable values without changing the text', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as {
      metrics: { text: string; value: number }[];
    };
    const marked = await page.locator('data.metric').evaluateAll((nodes) =>
      nodes.map((n) => ({ text: n.textContent, value: Number(n.getAttribute('value')) })));
    expect(marked).toEqual(gold.metrics.map((m) => ({ text: m.text, value: m.value })));
    await expect(page.locator('#section-4')).toContainText('减免罚金额2631.54万元');
  });

  test('carries the page identity tags, canonical URL and Open Graph data', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const url = canonicalReportUrl();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/梧州市2023年度法治政府建设工作报告/);
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '梧州市2023年度法治政府建设工作报告');
    await expect(meta('ArticleTitle')).toHaveAttribute('content', '梧州市2023年度法治政府建设工作报告');
    await expect(meta('PubDate')).toHaveAttribute('content', '2024-01-21 08:55');
    await expect(meta('ContentSource')).toHaveAttribute('content', '梧州市人民政府办公室');
    await expect(meta('SiteName')).toHaveAttribute('content', /\S/);
    await expect(meta('SiteDomain')).toHaveAttribute('content', new URL(url).host);
    // Only a known 网站标识码 is shown, never a stand-in.
    const { siteIdCode } = readSite(process.cwd()).site!;
    if (siteIdCode) await expect(meta('SiteIDCode')).toHaveAttribute('content', siteIdCode);
    else await expect(meta('SiteIDCode')).toHaveCount(0);
    await expect(meta('description')).toHaveAttribute('content', /梧州市/);
  });

  test('shows in the footer, colophon and accessibility page exactly the identity content/site.yaml gives, nothing invented', async ({ page }) => {
    const site = readSite(process.cwd()).site!;
    await openPage(page, REPORT_PATH);
    const footer = await page.getByRole('contentinfo').innerText();
    for (const { key, label } of IDENTITY_FIELDS) {
      if (site[key]) expect(footer).toContain(site[key]);
      else expect(footer).not.toContain(label);
    }
    const colophon = await page.locator('.print-colophon').textContent();
    await openPage(page, '/accessibility');
    const statement = await page.getByRole('main').innerText();
    for (const shown of [footer, colophon ?? '', statement]) expect(shown).not.toMatch(/0{7}|待填写|undefined/);
  });
});

test.describe('font size', () => {
  const bodySize = (page: import('@playwright/test').Page) =>
    page.locator('#section-1 .prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

  test('each step changes the size of the report text', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const group = page.getByRole('group', { name: '字号' }).first();
    const sizes: number[] = [];
    for (const name of ['小', '中', '大', '较大', '特大', '超大']) {
      const button = group.getByRole('button', { name: new RegExp(`^${name}（`) });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      sizes.push(await bodySize(page));
    }
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
    expect(sizes[5]! / sizes[1]!).toBeCloseTo(2, 1);
  });

  test('the choice survives reload and navigation', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const normal = await bodySize(page);
    await page.getByRole('group', { name: '字号' }).first().getByRole('button', { name: /^特大（/ }).click();
    await page.reload();
    expect(await bodySize(page)).toBeCloseTo(normal * 1.75, 0);
    await expect(page.getByRole('group', { name: '字号' }).first().getByRole('button', { name: /^特大（/ }))
      .toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('link', { name: '首页' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-font', '4');
  });

  test('a stored choice applies before first paint, with no layout shift', async ({ page }) => {
    await storePrefs(page, { font: 5 });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openPage(page, REPORT_PATH);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    const firstPaintFont = await page.evaluate(() => document.documentElement.dataset.font);
    expect(firstPaintFont).toBe('5');
  });

  const heldPages = [['report', REPORT_PATH], ['figures', `${REPORT_PATH}/figures`]] as const;
  for (const [name, pagePath] of heldPages) {
    test(`on a slow phone the ${name} page's first paint is the whole page, laid out once: no header alone, nothing moving after`, async ({ page }) => {
      // A slow phone: the report takes many parser slices to read, and Chromium would paint
      // between them. Without the hold on first paint it painted the header alone, then laid out
      // the report in one long task after it, and the toolbar re-wrapped (a layout shift).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
      await page.addInitScript(() => {
        const w = window as unknown as { footerAt: number; shifts: number };
        w.footerAt = -1;
        w.shifts = 0;
        new MutationObserver((_, observer) => {
          if (!document.getElementById('site-footer')) return;
          w.footerAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openPage(page, pagePath);
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000);
      const { footerAt, firstPaint, shifts } = await page.evaluate(() => {
        const w = window as unknown as { footerAt: number; shifts: number };
        const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
        return { footerAt: w.footerAt, firstPaint: paint?.startTime ?? -1, shifts: w.shifts };
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      expect(footerAt).toBeGreaterThan(0);
      expect(firstPaint).toBeGreaterThanOrEqual(footerAt);
      expect(shifts).toBe(0);
    });
  }
});

test.describe('share', () => {
  test('each share link carries the canonical URL and title', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const url = canonicalReportUrl();
    const share = page.getByRole('group', { name: '分享' });
    const expectedHosts: Record<string, string> = {
      分享到微博: 'service.weibo.com',
      分享到QQ空间: 'sns.qzone.qq.com',
      分享给QQ好友: 'connect.qq.com',
    };
    for (const [name, host] of Object.entries(expectedHosts)) {
      const link = share.getByRole('link', { name: new RegExp(`^${name}（`) });
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(href.host).toBe(host);
      expect(href.searchParams.get('url')).toBe(url);
      expect(href.searchParams.get('title')).toBe('梧州市2023年度法治政府建设工作报告');
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(link).toHaveAttribute('target', '_blank');
    }
  });

  test('the WeChat dialog shows a QR code of the canonical URL, and the URL as text', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const url = canonicalReportUrl();
    await page.getByRole('button', { name: '微信' }).click();
    const dialog = page.getByRole('dialog', { name: /微信/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(url);
    // The QR modules drawn on the page are exactly those of a QR code generated for the URL.
    const drawn = await dialog.locator('svg path').getAttribute('d');
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    // Each `M x y h n v1 h-n z` draws a run of n dark modules from (x, y).
    const dark = [...(drawn ?? '').matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)]
      .flatMap((m) => Array.from({ length: Number(m[3]) }, (_, i) => `${Number(m[1]) + i},${m[2]}`));
    const expected: string[] = [];
    for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) expected.push(`${x},${y}`);
    expect(dark).toEqual(expected);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '微信' })).toBeFocused();
  });

  test('copy link puts the canonical URL on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPage(page, REPORT_PATH);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonicalReportUrl());
  });
});

test.describe('print', () => {
  test('the PDF holds the title, every section heading and the canonical URL, and no controls', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const dir = mkdtempSync(path.join(tmpdir(), 'print-'));
    const pdf = path.join(dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
    expect(text).toContain('梧州市2023年度法治政府建设工作报告');
    for (const section of seedOutline().sections) expect(text).toContain(section.heading.replace(/\s+/g, ''));
    expect(text).toContain(canonicalReportUrl());
    for (const control of ['字号', '打印', '分享', '复制链接', 'QQ空间', '返回目录', '无障碍', '当前位置']) {
      expect(text, control).not.toContain(control);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole report and its contents list still work, and script-only controls are not offered', async ({ page }) => {
    await page.goto(REPORT_PATH);
    await expect(page.locator('main h2:not(dialog h2)')).toHaveCount(10);
    await expect(page.locator('main h3')).toHaveCount(21);
    await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
    await expect(page.getByRole('button', { name: '无障碍' })).toBeHidden();
    await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: /^七、/ }).click();
    await expect(page).toHaveURL(/#section-7$/);
  });
});
