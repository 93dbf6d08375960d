/** How to get a browser, in Chinese and English. */
export const BROWSER_HELP: string;
/** Path of a Chromium executable ($CHROMIUM_PATH, Playwright's own, /usr/bin/chromium), or null. */
export function findBrowser(): Promise<string | null>;
