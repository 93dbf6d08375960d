import { expect, test } from '@playwright/test';
import { openPage } from './helpers';

test.describe('the home page', () => {
  test('names the site and shows the newest report of its kind with its issuing body and date', async ({ page }) => {
    await openPage(page, '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('梧州市人民政府 年度报告');
    const newest = page.getByRole('region', { name: '最新报告' });
    await expect(newest.getByRole('heading', { name: '法治政府建设年度报告', level: 3 })).toBeVisible();
    const item = newest.getByRole('listitem').filter({ has: page.getByRole('link', { name: '梧州市2023年度法治政府建设工作报告' }) });
    await expect(item.getByRole('link', { name: '梧州市人民政府' })).toHaveAttribute('href', '/issuers/wuzhou');
    await expect(item.locator('time')).toHaveAttribute('datetime', '2024-01-21T08:55:00+08:00');
    await item.getByRole('link', { name: '梧州市2023年度法治政府建设工作报告' }).click();
    await expect(page).toHaveURL(/\/reports\/wuzhou-2023$/);
  });
});
