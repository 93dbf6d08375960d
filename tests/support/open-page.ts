import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until its controls are live (the page script has run and set
 * <html data-controls="on">): the reading pages add that script only after their text has
 * painted, so it may still be on its way when the load event fires. Returns the response.
 */
export async function openPage(page: Page, url: string) {
  const response = await page.goto(url);
  await page.locator('html[data-controls="on"]').waitFor({ state: 'attached' });
  return response;
}
