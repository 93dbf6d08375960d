import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { atomErrors, compileStrict, formulaCells, sitemapErrors } from '../../lib/audit/validators';
import { expectNoAxeViolations, openPage, REPORT_PATH } from './helpers';

const sourceHighlight = (page: Page) => page.evaluate(() => {
  const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('figure-source');
  return h ? [...h].map((r) => r.toString()) : [];
});

test.describe('key figures', () => {
  test('each figure links to the sentence it comes from, highlighted on arrival', async ({ page }) => {
    await openPage(page, REPORT_PATH);
    const panel = page.getByRole('region', { name: '数说' });
    const links = panel.getByRole('link').filter({ hasText: '查看原文' });
    const count = await links.count();
    expect(count).toBe(4);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const figure = (await link.locator('.key-figure-value').innerText()).trim();
      await link.click();
      const target = page.locator(':target');
      await expect(target).toHaveText(figure);
      await expect(target).toBeInViewport();
      const [sentence] = await sourceHighlight(page);
      expect(sentence, figure).toContain(figure);
      expect(sentence!.length).toBeGreaterThan(figure.length + 4);
      expect(sentence).toMatch(/[。；]$/);
    }
  });
});

test.describe('the figures view', () => {
  test('every chart has a table with the same data, and every quantity is listed', async ({ page }) => {
    await openPage(page, `${REPORT_PATH}/figures`);
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const tableId = await chart.getAttribute('data-table');
      const bars = await chart.locator('li[data-label]').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-label')}=${g.getAttribute('data-value')}`));
      const rows = await page.locator(`#${tableId} tbody tr`).evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-label')}=${tr.getAttribute('data-value')}`));
      for (const bar of bars) expect(rows, `${tableId}`).toContain(bar);
      await expect(chart.locator('figcaption')).toContainText('数据见下表');
    }
    await expect(page.locator('tbody tr')).toHaveCount(45);
    await expectNoAxeViolations(page, 'figures');
  });
});

test.describe('search', () => {
  const cases: [string, RegExp][] = [
    ['行政复议', /^六、/],
    ['营商环境', /^二、/],
    ['梧州', /./],
  ];
  for (const [query, section] of cases) {
    test(`“${query}” finds the seed report at the right section`, async ({ page }) => {
      await openPage(page, '/search');
      await page.getByRole('searchbox', { name: '搜索报告' }).fill(query);
      await page.getByRole('button', { name: '搜索' }).click();
      await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(query)}`));
      const hit = page.locator('.search-results > ol > li').first();
      await expect(hit.getByRole('heading', { level: 2 })).toHaveText('梧州市2023年度法治政府建设工作报告');
      const first = hit.locator('.search-sections > li').first();
      await expect(first.getByRole('link')).toHaveText(section);
      await expect(first.locator('mark').first()).toBeVisible();
      const href = await first.getByRole('link').getAttribute('href');
      expect(href).toMatch(/^\/reports\/wuzhou-2023#/);
      await first.getByRole('link').click();
      await expect(page.locator(':target')).toBeVisible();
    });
  }

  for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 720 }]) {
    test(`results arriving after the page has painted move nothing on screen (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openPage(page, `/search?q=${encodeURIComponent('行政复议')}`);
      await expect(page.getByRole('status')).toHaveText(/^“行政复议”共找到 1 份报告/);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    });
  }

  test('text that appears only in the page chrome finds nothing', async ({ page }) => {
    await openPage(page, `/search?q=${encodeURIComponent('无障碍声明')}`);
    await expect(page.getByRole('status')).toHaveText('没有找到包含“无障碍声明”的报告。请检查用字，换一个说法，或从报告归档中按年度查找。');
  });

  test('a phrase whose characters occur apart finds nothing, and says so plainly', async ({ page }) => {
    // 火 occurs in 防灭火, 民 in 人民: Pagefind alone returned the report.
    await openPage(page, `/search?q=${encodeURIComponent('火星殖民')}`);
    await expect(page.getByRole('status')).toHaveText(/^没有找到包含“火星殖民”的报告。/);
    await expect(page.locator('.search-results')).toHaveCount(0);
  });

  test('a phrase is found whole, counted, and highlighted whole in every excerpt', async ({ page }) => {
    await openPage(page, `/search?q=${encodeURIComponent('行政复议')}`);
    await expect(page.getByRole('status')).toHaveText(/^“行政复议”共找到 1 份报告，\d+ 处。$/);
    const marks = await page.locator('.search-excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['行政复议']));
  });

  test('the search form is a plain GET form that works from the home page', async ({ page }) => {
    await openPage(page, '/');
    const form = page.getByRole('search');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form).toHaveAttribute('action', '/search');
  });
});

test.describe('open data and feeds', () => {
  test('data.json is the CLI’s open-data shape and metrics.csv opens with a BOM', async ({ request }) => {
    const data = await (await request.get(`${REPORT_PATH}/data.json`)).json();
    expect(data.metrics).toHaveLength(45);
    expect(data.sections).toHaveLength(7);
    const csv = await request.get(`${REPORT_PATH}/metrics.csv`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    // Saved under a name that tells two reports' downloads apart.
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="${REPORT_PATH.split('/').pop()}-metrics.csv"`);
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8').trim().split('\r\n')).toHaveLength(46);
  });

  test('a report that does not exist has no data files: the Chinese not-found page answers', async ({ request }) => {
    for (const file of ['data.json', 'metrics.csv', 'tables.csv']) {
      const response = await request.get(`/reports/no-such-report-2023/${file}`);
      expect(response.status(), file).toBe(404);
      expect(await response.text(), file).toContain('页面不存在');
    }
  });

  test('the served sitemap, feed, data.json and metrics.csv pass their validators', async ({ request }) => {
    expect(await sitemapErrors(await (await request.get('/sitemap.xml')).text())).toEqual([]);
    expect(atomErrors(await (await request.get('/feed.xml')).text())).toEqual([]);
    const compiled = compileStrict(await (await request.get('/schema/report.schema.json')).json());
    if ('error' in compiled) throw new Error(compiled.error);
    expect(compiled.validate(await (await request.get(`${REPORT_PATH}/data.json`)).json())).toEqual([]);
    expect(formulaCells(await (await request.get(`${REPORT_PATH}/metrics.csv`)).text())).toEqual([]);
  });

  test('the feed, sitemap and robots.txt are well-formed and use the configured origin', async ({ page, request }) => {
    const site = await (await request.get('/')).text();
    const origin = /<link rel="canonical" href="([^"]+?)\/?"/.exec(site)?.[1] ?? '';
    expect(origin).toMatch(/^https?:\/\//);
    await openPage(page, '/');
    for (const path of ['/feed.xml', '/sitemap.xml']) {
      const xml = await (await request.get(path)).text();
      const errors = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length, xml);
      expect(errors, path).toBe(0);
      expect(xml).toContain(`${origin}/reports/wuzhou-2023`);
    }
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

test.describe('archive', () => {
  test('leads from the home page to each year, kind and issuer, and from there to the report', async ({ page }) => {
    await openPage(page, '/');
    await page.getByRole('link', { name: '报告归档', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('报告归档');
    await page.getByRole('link', { name: '2023年度', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年度报告');
    await expect(page.getByRole('heading', { name: '法治政府建设年度报告', level: 2 })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: '梧州市人民政府', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('梧州市人民政府');
    await page.getByRole('link', { name: '梧州市2023年度法治政府建设工作报告' }).click();
    await expect(page).toHaveURL(/\/reports\/wuzhou-2023$/);
  });
});
