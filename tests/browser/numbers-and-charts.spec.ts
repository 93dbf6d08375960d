import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openPage, REPORT_PATH, storePrefs } from './helpers';

/** Elements that hold a number with its unit: quantities in the text, 数说, figures tables, chart values. */
const NUMBERS = 'data.metric, .key-figure-value, .figure-text, .figure-amount, .bar-value';
const PAGES = [REPORT_PATH, `${REPORT_PATH}/figures`];
/** The 字号 steps: 1 is the default, 5 the largest (200%). */
const FONT_STEPS = [1, 5];

/** Opens a page at a width and 字号 step, as a reader who chose it in the settings would see it. */
async function open(page: Page, path: string, width: number, font: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await storePrefs(page, { font });
  await openPage(page, path);
}

/**
 * Numbers drawn over more than one line box (their text's client rects at more than one
 * height), and how many were measured.
 */
function splitNumbers(page: Page) {
  return page.locator(NUMBERS).evaluateAll((elements) => {
    const split: string[] = [];
    let measured = 0;
    for (const el of elements) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      measured += 1;
      const lines = new Set(rects.map((r) => Math.round(r.top + r.height / 2)));
      if (lines.size > 1) split.push(el.textContent ?? '');
    }
    return { split, measured };
  });
}

/** Whether the page is wider than the screen (a number kept whole must not push it sideways). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

test.describe('numbers are never split from their units', () => {
  for (const path of PAGES) {
    for (const font of FONT_STEPS) {
      test(`on ${path} at 375 px, 字号 step ${font}`, async ({ page }) => {
        await open(page, path, 375, font);
        const { split, measured } = await splitNumbers(page);
        expect(measured).toBeGreaterThan(40);
        expect(split).toEqual([]);
        expect(await overflowsSideways(page)).toBe(false);
      });
    }

    test(`on ${path} printed on A4`, async ({ page }) => {
      await open(page, path, 658, 1);
      await page.emulateMedia({ media: 'print' });
      const { split, measured } = await splitNumbers(page);
      expect(measured).toBeGreaterThan(40);
      expect(split).toEqual([]);
    });
  }
});

test.describe('chart text follows 字号 and stays legible on a phone', () => {
  /** Font sizes (px) of every piece of text in the charts. */
  const chartTextSizes = (page: Page) => page.locator('figure.chart .bar-chart').evaluateAll((charts) =>
    charts.flatMap((chart) => {
      const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
      const sizes: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.textContent?.trim() && n.parentElement) sizes.push(parseFloat(getComputedStyle(n.parentElement).fontSize));
      }
      return sizes;
    }));

  test('no chart text is under 12 px at 375 px, at the default or the largest 字号', async ({ page }) => {
    for (const font of FONT_STEPS) {
      await open(page, `${REPORT_PATH}/figures`, 375, font);
      const sizes = await chartTextSizes(page);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes), `字号 step ${font}`).toBeGreaterThanOrEqual(12);
    }
  });

  test('chart text grows with the 字号 setting like the text around it', async ({ page }) => {
    await open(page, `${REPORT_PATH}/figures`, 375, 1);
    const normal = Math.min(...await chartTextSizes(page));
    await open(page, `${REPORT_PATH}/figures`, 375, 5);
    const largest = Math.min(...await chartTextSizes(page));
    expect(largest / normal).toBeGreaterThanOrEqual(1.9);
  });
});
