import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { AXE_MODES, expectNoAxeViolations, openPage, REPORT_PATH, storePrefs } from './helpers';

const PAGES = ['/', REPORT_PATH, `${REPORT_PATH}/figures`, '/reports', '/archive', '/search?q=行政复议', '/accessibility', '/no-such-page'];

async function openSettings(page: Page) {
  await page.getByRole('button', { name: '无障碍' }).click();
  return page.getByRole('region', { name: '阅读设置' });
}

/** WCAG relative luminance contrast of two computed CSS colours. */
function contrastScript() {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const lum = (rgb: number[]) => 0.2126 * channel(rgb[0]!) + 0.7152 * channel(rgb[1]!) + 0.0722 * channel(rgb[2]!);
  const parse = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const background = (el: Element | null): string => {
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  return { lum, parse, background };
}

test.describe('reading settings', () => {
  for (const [name, prefs] of AXE_MODES) {
    test(`axe reports no violations in ${name}, on every page`, async ({ browser }) => {
      // A full-page axe run on every page: give them time on a shared, loaded machine.
      test.setTimeout(300_000);
      for (const path of PAGES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await storePrefs(page, prefs);
        await openPage(page, path);
        await expectNoAxeViolations(page, `${path} ${name}`);
        await context.close();
      }
    });
  }

  test('axe reports no violations with forced colours, and every control stays visible', async ({ browser }) => {
    for (const path of PAGES) {
      const context = await browser.newContext({ forcedColors: 'active' });
      const page = await context.newPage();
      await openPage(page, path);
      await expectNoAxeViolations(page, `${path} forced colours`);
      const invisible = await page.locator('button:visible, a.chip:visible').evaluateAll((nodes) =>
        nodes.filter((n) => {
          const s = getComputedStyle(n);
          return s.borderStyle === 'none' && s.textDecorationLine === 'none' && n.textContent?.trim() === '';
        }).length);
      expect(invisible).toBe(0);
      await context.close();
    }
  });

  test('high contrast gives body text a measured contrast of at least 7:1', async ({ page }) => {
    await storePrefs(page, { contrast: true });
    await openPage(page, REPORT_PATH);
    const ratios = await page.locator('.prose p, .point h3, .report-section h2, .toc a, .report-meta, .breadcrumb, .site-footer p, .site-name, .chip').evaluateAll(
      (nodes, source) => {
        const { lum, parse, background } = new Function(`return (${source})()`)() as ReturnType<typeof contrastScript>;
        return nodes.map((n) => {
          const fg = lum(parse(getComputedStyle(n).color));
          const bg = lum(parse(background(n)));
          return { text: (n.textContent ?? '').slice(0, 12), ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
        });
      },
      contrastScript.toString(),
    );
    expect(ratios.length).toBeGreaterThan(50);
    expect(ratios.filter((r) => r.ratio < 7)).toEqual([]);
  });

  test('wide spacing sets body line height to at least 1.8; normal is at least 1.5', async ({ page }) => {
    const lineHeight = () => page.locator('.prose p').first().evaluate((p) => {
      const s = getComputedStyle(p);
      return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
    });
    await openPage(page, REPORT_PATH);
    expect(await lineHeight()).toBeGreaterThanOrEqual(1.5);
    const panel = await openSettings(page);
    await panel.getByRole('radio', { name: '宽松' }).check();
    expect(await lineHeight()).toBeGreaterThanOrEqual(1.8);
  });

  test('elder mode makes text large, spacing wide, contrast high and targets at least 44×44 px', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const normalSize = await page.locator('.prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const panel = await openSettings(page);
    await panel.getByRole('checkbox', { name: /长者模式/ }).check();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-spacing', 'true');
    const size = await page.locator('.prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(normalSize * 1.5);
    await panel.getByRole('button', { name: '关闭设置' }).click();
    const small = await page.locator('button:visible, .chip:visible, .toc a:visible, .breadcrumb a:visible, .back-to-toc a:visible').evaluateAll((nodes) =>
      nodes.map((n) => ({ t: n.textContent, b: n.getBoundingClientRect() })).filter(({ b }) => b.width < 44 || b.height < 44).map(({ t, b }) => `${t} ${b.width}×${b.height}`));
    expect(small).toEqual([]);
  });

  test('the large cursor option changes the mouse pointer', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const cursor = () => page.locator('.prose p').first().evaluate((p) => getComputedStyle(p).cursor);
    expect(await cursor()).not.toContain('cursor-large');
    const panel = await openSettings(page);
    await panel.getByRole('checkbox', { name: /大鼠标/ }).check();
    expect(await cursor()).toContain('cursor-large.svg');
  });

  test('settings persist across reload and navigation, and reset restores the defaults', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const panel = await openSettings(page);
    await panel.getByRole('checkbox', { name: /^高对比度/ }).check();
    await panel.getByRole('radio', { name: '宽松' }).check();
    await panel.getByRole('button', { name: /^特大（/ }).click();
    await page.reload();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-contrast', 'true');
    await expect(html).toHaveAttribute('data-spacing', 'true');
    await expect(html).toHaveAttribute('data-font', '4');
    await page.getByRole('link', { name: '首页' }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(html).toHaveAttribute('data-contrast', 'true');
    const again = await openSettings(page);
    await expect(again.getByRole('checkbox', { name: /^高对比度/ })).toBeChecked();
    await again.getByRole('button', { name: '重置' }).click();
    await expect(html).toHaveAttribute('data-contrast', 'false');
    await expect(html).toHaveAttribute('data-font', '1');
    await page.reload();
    await expect(html).toHaveAttribute('data-spacing', 'false');
  });

  test('the first rendered frame already has the stored size and colours', async ({ page }) => {
    await storePrefs(page, { font: 5, contrast: true });
    await page.addInitScript(() => {
      const w = window as unknown as { atBody?: Record<string, string | undefined> };
      // The moment the body starts, before anything can be painted:
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        w.atBody = { ...document.documentElement.dataset };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await openPage(page, REPORT_PATH);
    // Stylesheets block rendering, so the attributes present when <body> starts decide the first frame.
    const atBody = await page.evaluate(() => (window as unknown as { atBody: Record<string, string> }).atBody);
    const atPaint = await page.evaluate(() => ({
      font: getComputedStyle(document.documentElement).fontSize,
      color: getComputedStyle(document.querySelector('.site-header') ?? document.body).backgroundColor,
    }));
    expect(atBody.font).toBe('5');
    expect(atBody.contrast).toBe('true');
    expect(atPaint.font).toBe('32px');
    expect(atPaint.color).toBe('rgb(0, 0, 0)');
  });

  test('nothing scrolls sideways at 320 px in elder mode at the largest font', async ({ browser }) => {
    for (const path of PAGES) {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await storePrefs(page, { elder: true, font: 5 });
      await openPage(page, path);
      await openSettings(page);
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBe(width);
      await context.close();
    }
  });

  test('the panel works from the keyboard: every setting reachable, Esc returns focus, Tab can leave', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const opener = page.getByRole('button', { name: '无障碍' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const names: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const inPanel = await page.evaluate(() => document.activeElement?.closest('#reading-settings') !== null);
      if (!inPanel) break;
      names.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return el.labels?.[0]?.textContent?.trim().slice(0, 4) ?? el.textContent?.trim() ?? '';
      }));
    }
    for (const expected of ['小', '超大', '高对比度', '标准', '大鼠标', '长者模式', '重置', '关闭设置', '无障碍声明']) {
      expect(names.some((n) => n.startsWith(expected)), expected).toBe(true);
    }
    // Tab left the panel by itself: focus is not trapped.
    expect(await page.evaluate(() => document.activeElement?.closest('#reading-settings'))).toBeNull();
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(opener).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(opener).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'true');
    await page.keyboard.press('Escape');
    await expect(opener).toBeFocused();
    await expect(opener).toHaveAttribute('aria-expanded', 'false');
  });

  test('smooth scrolling is off when the reader asked for reduced motion', async ({ browser }) => {
    const reduced = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await reduced.newPage();
    await openPage(page, REPORT_PATH);
    await page.locator('#contents').focus();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await reduced.close();
  });
});
