import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { AXE_FONT_STEPS, expectNoAxeViolations, openPage, REPORT_PATH, storePrefs } from './helpers';

const PAGES = ['/', REPORT_PATH, `${REPORT_PATH}/figures`, '/reports', '/archive', '/search?q=行政复议', '/accessibility', '/no-such-page'];
const FONT_STEPS = [0, 1, 2, 3, 4, 5];

async function withFont(page: Page, font: number) {
  await storePrefs(page, { font });
}

test.describe('axe (WCAG 2.2 AA) reports no violations', () => {
  for (const path of PAGES) {
    test(`on ${path} at the smallest, default and largest font step and in print`, async ({ browser }) => {
      // Four full-page axe runs: give them time on a shared, loaded machine.
      test.setTimeout(300_000);
      for (const font of AXE_FONT_STEPS) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await withFont(page, font);
        await openPage(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-font', String(font));
        await expectNoAxeViolations(page, `${path} font ${font}`);
        await context.close();
      }
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await openPage(page, path);
      await expectNoAxeViolations(page, `${path} print`);
      await context.close();
    });
  }

  test('with the WeChat dialog and the settings panel open', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPage(page, REPORT_PATH);
    await page.getByRole('button', { name: '无障碍' }).click();
    await expectNoAxeViolations(page, 'settings open');
    await page.getByRole('button', { name: '关闭设置' }).click();
    await page.getByRole('button', { name: '微信' }).click();
    await expectNoAxeViolations(page, 'wechat dialog open');
    await context.close();
  });
});

test.describe('layout', () => {
  for (const path of PAGES) {
    test(`nothing scrolls sideways at 320 px on ${path}, at any font step`, async ({ browser }) => {
      for (const font of FONT_STEPS) {
        const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
        const page = await context.newPage();
        await withFont(page, font);
        await openPage(page, path);
        const { scroll, width } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
        }));
        expect(scroll, `font step ${font}`).toBe(width);
        await context.close();
      }
    });
  }

  test('every control is at least 24×24 px', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const small = await page.locator('button:visible, .chip:visible, .header-link:visible, .toc a:visible, .breadcrumb a:visible').evaluateAll((nodes) =>
      nodes
        .map((n) => ({ text: n.textContent, box: n.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text, box }) => `${text} ${box.width}×${box.height}`));
    expect(small).toEqual([]);
  });

  test('the heading outline has no gaps on any page', async ({ page }) => {
    for (const path of PAGES) {
      await openPage(page, path);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((nodes) =>
        nodes.filter((n) => (n as HTMLElement).offsetParent !== null || n.closest('dialog') === null).map((n) => Number(n.tagName[1])));
      expect(levels[0], path).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path} heading ${i}`).toBeLessThanOrEqual(1);
    }
  });
});

test.describe('keyboard', () => {
  test('every control on the report page can be reached with Tab and shows a visible focus', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const interactive = await page.locator('a[href]:visible, button:visible:not([disabled])').count();
    const seen = new Set<string>();
    for (let i = 0; i < interactive + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const index = Array.from(document.querySelectorAll('a[href], button')).indexOf(el);
        const key = `${index}:${el.tagName}:${el.textContent ?? ''}`;
        return { key, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      if (!info) continue;
      expect(info.outline, info.key).not.toBe('none');
      expect(info.width, info.key).toBeGreaterThanOrEqual(2);
      seen.add(info.key);
    }
    expect(seen.size).toBeGreaterThanOrEqual(interactive);
  });

  test('font size, settings and print work from the keyboard', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const settings = page.getByRole('button', { name: '无障碍' });
    await settings.focus();
    await page.keyboard.press('Enter');
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('region', { name: '阅读设置' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-font', '2');
    await page.keyboard.press('Escape');
    await expect(settings).toBeFocused();
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => { (window as unknown as { printed: boolean }).printed = true; };
    });
    await page.getByRole('button', { name: '打印' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  });
});
