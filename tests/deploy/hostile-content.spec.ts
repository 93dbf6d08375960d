import { expect, test } from '@playwright/test';
import { HOSTILE_FIELDS, HOSTILE_FRAGMENT_LINKS, HOSTILE_REPORT } from '../fixtures/hostile/hostile-report';
import { TEXT_PAYLOADS, XSS_PAYLOADS } from '../fixtures/hostile/xss-payloads';
import { crawl } from '../support/crawl';
import { HOSTILE } from './servers';
import { CLEAN, setTrap } from './trap';

test.describe('hostile content (a report carrying XSS payloads in every field)', () => {
  test('the corpus holds at least 40 payloads of every kind', () => {
    const texts = XSS_PAYLOADS.map((p) => p.text).join('\n');
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
    for (const kind of [/<script/i, /\son\w+=/i, /javascript:/i, /data:/i, /<svg/i, /&#\d+;|%3C|\\u003c/i, /<scr<script>|<</]) {
      expect(texts, String(kind)).toMatch(kind);
    }
  });

  test('no script runs and nothing is blocked on any page of the site, even when the reader hovers, focuses and clicks', async ({ page }) => {
    // Every page, each hovered and tabbed through: the issuer, kind and year pages doubled the
    // pages of the hostile site (the fixture's issuer has its own page), so about 20 pages.
    test.setTimeout(360_000);
    const report = await setTrap(page);
    const { visits } = await crawl(page, HOSTILE.v6, async (path) => {
      // Wake any handler that waits for the reader.
      const main = page.locator('main');
      const box = await main.boundingBox();
      if (box) for (let y = box.y; y < box.y + Math.min(box.height, 4_000); y += 40) await page.mouse.move(box.x + box.width / 2, y);
      for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      expect(await report(), path).toEqual(CLEAN);
    });
    expect(visits.map((v) => v.path)).toContain(HOSTILE_REPORT.path);
    // The fixture's attachment and related links point at files that do not exist.
    expect(visits.filter((v) => v.status !== 200 && !v.path.startsWith('/files/')).map((v) => `${v.path} ${v.status}`)).toEqual([]);
  });

  test('the report page has no element, attribute or link that could run a script', async ({ page }) => {
    await page.goto(HOSTILE.v6 + HOSTILE_REPORT.path);
    const found = await page.evaluate(() => {
      const problems: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) problems.push(`${el.tagName} ${attr.name}`);
          if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name) && /^\s*(javascript|vbscript|data):/i.test(attr.value)) {
            problems.push(`${el.tagName} ${attr.name}=${attr.value}`);
          }
        }
      }
      // Elements that load or submit elsewhere; SVG and the like are covered by the attribute checks.
      for (const el of document.querySelectorAll('main :is(iframe, frame, object, embed, base, meta, link, style, form:not([method="dialog"]), button[formaction])')) {
        problems.push(`element ${el.tagName}`);
      }
      const inline = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => (s.textContent ?? '').slice(0, 40));
      // Structured data is inert only while it stays data: it must parse as JSON and keep the
      // payloads' angle brackets escaped, so no text in it can close the element.
      const data = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.innerHTML);
      return { problems, inline, data };
    });
    expect(found.problems).toEqual([]);
    for (const text of found.inline) expect(text).toMatch(/^(\(function\(d\)|\(function\(w,d\)|\(self\.__next_f|self\.__next_f|\(globalThis\["TURBOPACK"\])/);
    expect(found.data.length).toBeGreaterThan(0);
    for (const json of found.data) {
      expect(json).not.toMatch(/</);
      expect(() => JSON.parse(json)).not.toThrow();
    }
  });

  test('following links to malformed fragments raises no error and the report stays readable', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const report = await setTrap(page);
    await page.goto(HOSTILE.v6 + HOSTILE_REPORT.path);
    for (const name of HOSTILE_FRAGMENT_LINKS) {
      await page.locator('main').getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_FIELDS.title);
    }
    await page.reload();
    await expect(page.locator('main')).toContainText('2023年，测试市坚持依法行政。');
    expect(errors).toEqual([]);
    expect(await report()).toEqual(CLEAN);
  });

  test('payloads in text fields show as text, character for character', async ({ page }) => {
    await page.goto(HOSTILE.v6 + HOSTILE_REPORT.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_FIELDS.title);
    expect(await page.title()).toContain(HOSTILE_FIELDS.title);
    const main = page.locator('main');
    await expect(main).toContainText(HOSTILE_FIELDS.source);
    await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText(HOSTILE_FIELDS.columns[0]);
    await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText(HOSTILE_FIELDS.columns[1]);
    await expect(page.getByRole('heading', { level: 2, name: HOSTILE_FIELDS.closingTitle })).toBeVisible();
    for (const text of TEXT_PAYLOADS) await expect(main).toContainText(text);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', HOSTILE_FIELDS.description);
  });
});
