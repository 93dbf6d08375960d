import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { GENERATED_ISSUERS } from '../support/generated-reports';
import { DISCLOSURE_ORIGIN } from './disclosure-site';
import { expectNoAxeViolations, openPage, storePrefs } from './helpers';

/**
 * The test site with 320 generated reports from 24 invented issuers (2017–2023), the fixture
 * 年报 of 示例市人民政府 and the real report, built as of 2024-02-15 (tests/browser/build-disclosure-site.ts).
 */
test.use({ baseURL: DISCLOSURE_ORIGIN });

/** Largest HTML any page may have, at any size of archive. */
const PAGE_LIMIT = 150 * 1024;

const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="(\/[^"#?]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test.describe('a site of many reports', () => {
  test('every issuer, kind and year page is reachable from the home page in at most two clicks', async ({ request }) => {
    const one = new Set(hrefs(await html(request, '/')));
    const two = new Set(one);
    for (const path of one) if (!/\.(?:xml|json|csv)$/.test(path) && !path.startsWith('/reports/')) for (const href of hrefs(await html(request, path))) two.add(href);
    const issuers = ['wuzhou', 'shili', ...GENERATED_ISSUERS.map((i) => i.slug)].map((slug) => `/issuers/${slug}`);
    const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023].map((year) => `/years/${year}`);
    expect(issuers).toHaveLength(26);
    expect([...issuers, ...years, '/kinds/xxgk', '/kinds/fzzf'].filter((path) => !two.has(path))).toEqual([]);
    // The kinds and years are one click away.
    expect([...years, '/kinds/xxgk', '/kinds/fzzf'].filter((path) => !one.has(path))).toEqual([]);
  });

  test('no page in the sitemap has more than 150 KB of HTML', async ({ request }) => {
    test.setTimeout(600_000);
    const sitemap = await html(request, '/sitemap.xml');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    // 323 reports, each with its figures page, and the list pages.
    expect(paths.length).toBeGreaterThan(646);
    for (const path of ['/kinds/xxgk/4', '/kinds/fzzf/4', '/years/2023', '/issuers/shili-jyj', '/compare/2023']) expect(paths).toContain(path);
    const sizes = [];
    for (const path of paths) sizes.push({ path, bytes: Buffer.byteLength(await html(request, path)) });
    expect(sizes.filter((s) => s.bytes > PAGE_LIMIT)).toEqual([]);
  });

  test('the home page lists the newest reports of each kind, a few each', async ({ page }) => {
    await openPage(page, '/');
    const newest = page.getByRole('region', { name: '最新报告' });
    await expect(newest.getByRole('heading', { level: 3 })).toHaveText(['政府信息公开工作年度报告', '法治政府建设年度报告']);
    await expect(newest.getByRole('list').first().getByRole('listitem')).toHaveCount(3);
    await expect(newest.getByRole('listitem')).toHaveCount(6);
  });

  test('the home page says which issuers have not published the reports due, overdue or due soon', async ({ page }) => {
    await openPage(page, '/');
    const due = page.getByRole('region', { name: '报告提醒' });
    await expect(due).toContainText('截至2024年2月15日');
    // Not published on the test site: the 2023 reports of 教育局, 人力资源和社会保障局, 水利局, 应急管理局 and 甲区
    // (every fifth generated issuer); the real 梧州市人民政府 has no 年报, 示例市人民政府 no 法治政府建设 report.
    await expect(due).toContainText('应于2024年1月31日前发布，已逾期 15 天：20 个机关已发布，以下 6 个机关尚未发布。');
    await expect(due).toContainText('应于2024年4月1日前发布，还有 46 天截止：20 个机关已发布，以下 6 个机关尚未发布。');
    const overdue = due.getByRole('list', { name: '尚未发布2023年度政府信息公开工作年度报告的机关' });
    await expect(overdue.getByRole('link')).toHaveText(['梧州市人民政府', '示例市甲区人民政府', '示例市教育局', '示例市人力资源和社会保障局', '示例市水利局', '示例市应急管理局']);
    await overdue.getByRole('link', { name: '示例市教育局' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例市教育局');
  });

  test('a kind is listed by year, then issuer, fifty to a page, with links between the pages', async ({ page }) => {
    await openPage(page, '/kinds/xxgk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开工作年度报告');
    await expect(page.getByRole('heading', { level: 2, name: '2023年度' })).toBeVisible();
    await expect(page.locator('.entry-list > li')).toHaveCount(50);
    // 示例市人民政府 (a government) before its districts, then its departments, as listed.
    await expect(page.locator('.entry-list > li .entry-title').first()).toHaveText('示例市人民政府2023年政府信息公开工作年度报告');
    const pages = page.getByRole('navigation', { name: '分页' });
    await expect(pages.getByRole('link', { name: '第1页' })).toHaveAttribute('aria-current', 'page');
    await pages.getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/\/kinds\/xxgk\/2$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开工作年度报告（第2页）');
    // 159 年报: the last page holds nine.
    await openPage(page, '/kinds/xxgk/4');
    await expect(page.locator('.entry-list > li')).toHaveCount(9);
    await expect(page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' })).toHaveCount(0);
  });

  test('an issuer page lists its reports by year and its 年报 key rows across years', async ({ page }) => {
    await openPage(page, '/issuers/shili-gaj');
    await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link')).toHaveText(['首页', '发布机关', '示例市公安局']);
    await expect(page.getByRole('heading', { level: 2, name: /^\d{4}年度$/ })).toHaveText(['2023年度', '2022年度', '2021年度', '2020年度', '2019年度', '2018年度', '2017年度']);
    const table = page.getByRole('table', { name: '示例市公安局历年政府信息公开工作年度报告主要数据' });
    await expect(table.locator('tbody th')).toHaveText(['2023年度', '2022年度', '2021年度', '2020年度', '2019年度', '2018年度', '2017年度']);
    // 公安局 is generated issuer 1: the fixture 年报's tables times 2 (50 received, 26 of 51 disclosed, 4 reconsiderations, 3 lawsuits).
    await expect(table.locator('tbody tr').first().locator('td')).toHaveText(['100', '102', '52', '51.0%', '8', '2', '6', '0', '14.3%']);
  });

  test('the year page lists that year by kind, then issuer, and links to the comparison', async ({ page }) => {
    await openPage(page, '/years/2023');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年度报告');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['政府信息公开工作年度报告', '法治政府建设年度报告']);
    await page.getByRole('link', { name: '2023年度数据对比' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年度政府信息公开工作年度报告对比');
  });
});

test.describe('search filters', () => {
  test('a report page names its issuer, kind and year, each leading to its list', async ({ page }) => {
    await openPage(page, '/reports/generated-shili-gaj-xxgk-2022');
    const meta = page.locator('.report-facts');
    await expect(meta).toHaveText('发布机关：示例市公安局类别：政府信息公开工作年度报告年度：2022年度');
    await meta.getByRole('link', { name: '示例市公安局' }).click();
    await expect(page).toHaveURL(/\/issuers\/shili-gaj$/);
  });

  test('filters alone list the reports of one issuer and kind', async ({ page }) => {
    await openPage(page, '/search');
    await page.getByRole('combobox', { name: '发布机关' }).selectOption('示例市公安局');
    await page.getByRole('combobox', { name: '类别' }).selectOption('政府信息公开工作年度报告');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/issuer=/);
    await expect(page.getByRole('status')).toHaveText('符合筛选条件的报告共 7 份。');
    await expect(page.locator('.search-hit-title a')).toHaveCount(7);
    for (const title of await page.locator('.search-hit-title a').allInnerTexts()) expect(title).toMatch(/^示例市公安局20\d\d年政府信息公开工作年度报告$/);
    // The chosen filters stay chosen.
    await expect(page.getByRole('combobox', { name: '发布机关' })).toHaveValue('示例市公安局');
    await expectNoAxeViolations(page, '/search with filters');
  });

  test('filters narrow a phrase search to one issuer and year', async ({ page }) => {
    await openPage(page, `/search?q=${encodeURIComponent('行政复议')}&issuer=${encodeURIComponent('示例市公安局')}&year=2022`);
    await expect(page.getByRole('status')).toContainText('共找到 2 份报告');
    expect((await page.locator('.search-hit-title a').allInnerTexts()).sort()).toEqual(['示例市公安局2022年度法治政府建设工作报告', '示例市公安局2022年政府信息公开工作年度报告'].sort());
  });
});

/** The texts of the header cells a value cell names in its `headers` attribute. */
async function announcedHeaders(page: Page, cell: ReturnType<Page['locator']>): Promise<string[]> {
  return cell.evaluate((td) => (td.getAttribute('headers') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? `(no #${id})`));
}

test.describe('the comparison of departments', () => {
  const table = (page: Page) => page.getByRole('table', { name: '2023年度各发布机关政府信息公开工作年度报告主要数据' });

  test('announces every value with its department and its column', async ({ page }) => {
    await openPage(page, '/compare/2023');
    const rows = table(page).locator('tbody tr');
    await expect(rows).toHaveCount(20);
    const first = rows.first();
    await expect(first.locator('th')).toHaveAttribute('scope', 'row');
    await expect(first.locator('th')).toHaveText('示例市人民政府');
    expect(await announcedHeaders(page, first.locator('td').first())).toEqual(['本年新收申请（件）', '示例市人民政府']);
    expect(await announcedHeaders(page, first.locator('td').nth(8))).toEqual(['复议和诉讼纠正率', '示例市人民政府']);
    for (const th of await table(page).locator('thead th').all()) await expect(th).toHaveAttribute('scope', 'col');
    // Every value cell names exactly one column and one row header.
    const cells = await table(page).locator('tbody td').evaluateAll((tds) => tds.map((td) => (td.getAttribute('headers') ?? '').split(' ').map((id) => document.getElementById(id)?.tagName)));
    expect(cells).toHaveLength(20 * 9);
    expect(cells.filter((c) => c.join() !== 'TH,TH')).toEqual([]);
  });

  test('sorts by a column with its header button, saying so with aria-sort', async ({ page }) => {
    await openPage(page, '/compare/2023');
    const header = table(page).getByRole('columnheader', { name: '本年新收申请（件）' });
    const received = table(page).locator('tbody tr td:first-of-type');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(received.first()).toHaveText('50');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    // The largest multiplier is 7: 350 applications.
    await expect(received.first()).toHaveText('350');
    await expect(table(page).locator('thead th[aria-sort]')).toHaveCount(1);
  });

  test('is complete and in its default order without JavaScript, and offers the same data as CSV', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: DISCLOSURE_ORIGIN });
    const page = await context.newPage();
    await page.goto('/compare/2023');
    await expect(table(page).locator('tbody tr')).toHaveCount(20);
    await expect(table(page).getByRole('button')).toHaveCount(0);
    await expect(table(page).locator('tbody th').nth(1)).toHaveText('示例市乙区人民政府');
    await expect(page.getByRole('link', { name: '下载 CSV 表格' })).toHaveAttribute('href', '/compare.csv');
    const csv = await (await request.get('/compare.csv')).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('年度,发布机关,本年新收申请（件）,办理结果总计（件）,予以公开（件）,予以公开比例（%）,行政复议（件）,复议结果纠正（件）,行政诉讼（件）,诉讼结果纠正（件）,复议和诉讼纠正率（%）,报告地址');
    // Every 年报 on the test site: 157 generated and the two fixtures, 2023 first, in the table's order.
    expect(lines).toHaveLength(1 + 159);
    expect(lines[1]).toMatch(/^2023,示例市人民政府,50,51,26,51,4,1,3,0,14\.3,https?:\/\/[^,]+\/reports\/shili-xxgk-2023$/);
    expect(lines.filter((l) => l.startsWith('2023,'))).toHaveLength(20);
    await context.close();
  });
});

test.describe('the list pages at 320 px', () => {
  test('never scroll sideways, at the first and the largest font step (the wide table scrolls in its own region)', async ({ browser }) => {
    for (const path of ['/', '/issuers', '/issuers/shili-gaj', '/kinds/xxgk/2', '/years/2023', '/compare/2023', '/search']) {
      for (const font of [0, 5]) {
        const context = await browser.newContext({ viewport: { width: 320, height: 640 }, baseURL: DISCLOSURE_ORIGIN });
        const page = await context.newPage();
        await storePrefs(page, { font });
        await openPage(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-font', String(font));
        const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
        expect(scroll, `${path} at font step ${font}`).toBe(width);
        await context.close();
      }
    }
  });
});

test.describe('axe (WCAG 2.2 AA) on the list pages', () => {
  test.setTimeout(300_000);
  for (const path of ['/', '/issuers', '/issuers/shili-gaj', '/kinds/xxgk', '/kinds/fzzf/2', '/years/2023', '/compare/2023', '/archive', '/reports']) {
    test(`reports no violations on ${path}, also at the largest font and in elder mode`, async ({ page }) => {
      await openPage(page, path);
      await expectNoAxeViolations(page, path);
      await storePrefs(page, { font: 5, elder: true });
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-font', '5');
      await expect(page.locator('html')).toHaveAttribute('data-elder', 'true');
      await expectNoAxeViolations(page, `${path} largest font, elder mode`);
    });
  }
});
