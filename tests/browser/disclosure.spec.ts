import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { DISCLOSURE_ORIGIN, DISCLOSURE_PATH } from './disclosure-site';
import type { StoredPrefs } from './helpers';
import { AXE_FONT_STEPS, AXE_MODES, expectNoAxeViolations, openPage, storePrefs } from './helpers';

/** The fixture 年报 runs on its own server (a copy of the site: content/ holds real reports only). */
test.use({ baseURL: DISCLOSURE_ORIGIN });

const PAGES = [DISCLOSURE_PATH, `${DISCLOSURE_PATH}/figures`];

const MODES: [string, StoredPrefs][] = [
  ...AXE_FONT_STEPS.map((font): [string, StoredPrefs] => [`font step ${font}`, { font }]),
  ...AXE_MODES,
];

/** The texts of the header cells a value cell names in its `headers` attribute. */
async function announcedHeaders(page: Page, cellId: string): Promise<string[]> {
  return page.locator(`#${cellId}`).evaluate((cell) =>
    (cell.getAttribute('headers') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? `(no #${id})`));
}

test.describe('axe (WCAG 2.2 AA) on a 年报', () => {
  for (const path of PAGES) {
    for (const [name, prefs] of MODES) {
      test(`reports no violations on ${path} at ${name}`, async ({ page }) => {
        await storePrefs(page, prefs);
        await openPage(page, path);
        await expectNoAxeViolations(page, `${path} ${name}`);
      });
    }
    for (const [name, options] of [['print', { media: 'print' as const }], ['forced colours', { forcedColors: 'active' as const }]] as const) {
      test(`reports no violations on ${path} in ${name}`, async ({ page }) => {
        await page.emulateMedia(options);
        await openPage(page, path);
        await expectNoAxeViolations(page, `${path} ${name}`);
      });
    }
  }
});

/** The region of 表三, named by its (hidden) caption. */
const partThree = (page: Page) => page.getByRole('region', { name: '收到和处理政府信息公开申请情况', exact: true });

test.describe('a 年报 page', () => {
  test('a number in part 三’s table is announced with its row and column headers', async ({ page }) => {
    await openPage(page, DISCLOSURE_PATH);
    const region = partThree(page);
    await expect(region).toBeVisible();
    // 1.属于国家秘密 (row 5) × 商业企业 (column 2).
    expect(await announcedHeaders(page, 'table-5-r5-c2')).toEqual(['申请人情况', '法人或其他组织', '商业企业', '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(await announcedHeaders(page, 'table-5-r24-c7')).toEqual(['申请人情况', '总计', '三、本年度办理结果', '（七）总计']);
    await expect(page.locator('#table-5-r24-c7')).toHaveText('51');
    // The accessibility tree has the table's header cells as column and row headers.
    const tree = await region.ariaSnapshot();
    expect(tree).toContain('columnheader "商业企业"');
    expect(tree).toContain('rowheader "1.属于国家秘密"');
    expect(tree).toContain('rowheader "三、本年度办理结果"');
  });

  test('a not-applicable cell is announced as 不适用', async ({ page }) => {
    await openPage(page, DISCLOSURE_PATH);
    await expect(page.locator('#table-1-r1-c1')).toHaveText('/不适用');
    expect(await page.getByRole('region', { name: '第二十条第（一）项' }).ariaSnapshot()).toContain('cell "不适用"');
  });

  for (const font of [1, 5]) {
    test(`the page never scrolls sideways at 375 px at font step ${font}; the wide table scrolls in its own focusable region`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await storePrefs(page, { font });
      await openPage(page, DISCLOSURE_PATH);
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
      expect(scroll).toBe(width);
      const region = partThree(page);
      expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
      await region.focus();
      await expect(region).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
      await context.close();
    });
  }

  test('数说 comes from the tables and each figure leads to its cell', async ({ page }) => {
    await openPage(page, DISCLOSURE_PATH);
    const figures = page.getByRole('region', { name: '数说' }).or(page.locator('section.key-figures'));
    await expect(figures.getByRole('link')).toHaveCount(5);
    await figures.getByRole('link', { name: /50件.*本年新收政府信息公开申请/ }).click();
    await expect(page).toHaveURL(/#table-5-r1-c7$/);
    await expect(page.locator('#table-5-r1-c7')).toHaveCSS('background-color', 'rgb(255, 240, 168)');
  });

  test('offers tables.csv, which opens with a byte-order mark', async ({ page, request }) => {
    await openPage(page, DISCLOSURE_PATH);
    await expect(page.getByRole('link', { name: '表格数据（CSV）' })).toHaveAttribute('href', `${DISCLOSURE_PATH}/tables.csv`);
    const csv = await request.get(`${DISCLOSURE_PATH}/tables.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = (await csv.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n第二十条第（五）项,行政许可,本年处理决定数量,1260\r\n');
  });

  test('the figures page links tables.csv and compares each row with the previous year', async ({ page }) => {
    await openPage(page, `${DISCLOSURE_PATH}/figures`);
    await expect(page.getByRole('link', { name: /表格数据（CSV/ })).toHaveAttribute('href', `${DISCLOSURE_PATH}/tables.csv`);
    const comparison = page.getByRole('table', { name: /2022年与2023年逐行比较/ });
    const licensing = comparison.getByRole('row', { name: /行政许可/ });
    await expect(licensing.getByRole('cell')).toHaveText(['第二十条第（五）项', '本年处理决定数量', '1108', '1260', '+152']);
    await expect(licensing.getByRole('link', { name: '1260' })).toHaveAttribute('href', `${DISCLOSURE_PATH}#table-2-r1-c1`);
  });
});
