import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openPage, REPORT_PATH } from './helpers';

/** Uncaught errors in the page, and Next.js's English error page if it ever shows. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const ENGLISH_ERROR = /couldn['’]t load|Application error|client-side exception/i;

/** Fragments anyone can post in a link: malformed escapes, bytes that are not UTF-8, markup. */
const HOSTILE_FRAGMENTS = ['%', '%E4', '%ff%fe', '%zz', '<script>alert(1)</script>', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '100%'];

test.describe('a hostile link or a failing control never takes a page down', () => {
  for (const fragment of HOSTILE_FRAGMENTS) {
    test(`the report stays readable and working when its link ends in #${fragment}`, async ({ page }) => {
      const errors = watchErrors(page);
      await openPage(page, `${REPORT_PATH}#${fragment}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('梧州市2023年度法治政府建设工作报告');
      await expect(page.locator('main')).toContainText('2023年,梧州市坚持以习近平新时代中国特色社会主义思想为指导');
      await expect(page.locator('body')).not.toContainText(ENGLISH_ERROR);
      // The contents list still marks the part the reader jumps to: the page's script survived.
      const toc = page.getByRole('navigation', { name: '目录' });
      await toc.getByRole('link', { name: /^三、/ }).click();
      await expect(toc.getByRole('link', { name: /^三、/ })).toHaveAttribute('aria-current', 'true');
      expect(errors).toEqual([]);
    });
  }

  test('changing the fragment to a malformed one after loading raises no error', async ({ page }) => {
    const errors = watchErrors(page);
    await openPage(page, `${REPORT_PATH}#section-2`);
    await page.evaluate(() => { location.hash = '%'; });
    await page.evaluate(() => { location.hash = '%E4%B8'; });
    await page.waitForTimeout(300);
    await expect(page.locator('#section-2 h2')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a figure linked with a percent-encoded fragment is still found and highlighted', async ({ page }) => {
    const errors = watchErrors(page);
    await openPage(page, REPORT_PATH);
    const id = await page.locator('data.metric').first().getAttribute('id');
    await openPage(page, `${REPORT_PATH}#${encodeURIComponent(id ?? '').replace(/-/g, '%2D')}`);
    const highlighted = await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('figure-source'));
    expect(highlighted).toBe(true);
    expect(errors).toEqual([]);
  });

  test('when a control of the report page fails, the report stays readable and the other controls work', async ({ page }) => {
    await page.addInitScript(() => {
      const all = Document.prototype.querySelectorAll;
      Document.prototype.querySelectorAll = function (this: Document, selector: string) {
        if (selector.includes('a[href^="#"]')) throw new Error('injected failure'); // the contents tracker
        return all.call(this, selector);
      } as typeof Document.prototype.querySelectorAll;
    });
    await openPage(page, REPORT_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('梧州市2023年度法治政府建设工作报告');
    await expect(page.locator('#closing')).toContainText('2023年,梧州市法治政府建设虽然取得一定成效');
    await expect(page.locator('body')).not.toContainText('页面出错了');
    await page.getByRole('group', { name: '字号' }).first().getByRole('button', { name: /^特大（/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-font', '4');
  });

  test('when the search control fails, the search page stays and says so in Chinese', async ({ page }) => {
    await page.addInitScript(() => {
      URLSearchParams.prototype.get = () => { throw new Error('injected failure'); };
    });
    await openPage(page, '/search?q=%E8%A1%8C%E6%94%BF');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('站内搜索');
    await expect(page.getByRole('alert').filter({ hasText: '搜索暂时不可用' })).toBeVisible();
    await expect(page.getByRole('searchbox').or(page.getByRole('textbox')).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '无障碍' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(ENGLISH_ERROR);
  });

  test('when the reading settings fail, only that control goes and the page stays', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const focus = HTMLElement.prototype.focus;
      HTMLElement.prototype.focus = function (this: HTMLElement, ...args: [FocusOptions?]) {
        if (this.id === 'reading-settings') throw new Error('injected failure');
        return focus.apply(this, args);
      };
    });
    await openPage(page, REPORT_PATH);
    await page.getByRole('button', { name: '无障碍' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('梧州市2023年度法治政府建设工作报告');
    await expect(page.locator('#closing')).toContainText('2023年,梧州市法治政府建设虽然取得一定成效');
    await expect(page.locator('body')).not.toContainText(ENGLISH_ERROR);
    // The failure stays inside the control: nothing uncaught, and the toolbar's controls still work.
    await page.getByRole('group', { name: '字号' }).first().getByRole('button', { name: /^特大（/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-font', '4');
    expect(errors).toEqual([]);
  });
});
