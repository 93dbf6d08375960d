import { expect, test } from '@playwright/test';

test.describe('the home page', () => {
  test('names the site and lists each report with title, year, issuing body, date and column', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('梧州市人民政府 年度报告');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '梧州市2023年度法治政府建设工作报告' }) });
    await expect(item).toContainText('2023年');
    await expect(item).toContainText('梧州市人民政府');
    await expect(item.locator('time')).toHaveAttribute('datetime', '2024-01-21T08:55:00+08:00');
    await expect(item).toContainText('法治政府建设 › 年度报告');
    await item.getByRole('link', { name: '梧州市2023年度法治政府建设工作报告' }).click();
    await expect(page).toHaveURL(/\/reports\/wuzhou-2023$/);
  });
});
