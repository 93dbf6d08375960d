// Finds a Chromium for the browser tests and the audit: $CHROMIUM_PATH, then Playwright's
// own browser, then Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

/** How to get a browser, in Chinese and English. */
export const BROWSER_HELP = `没有找到 Chromium 浏览器。
No Chromium found. Install one of:
  Debian/Ubuntu (as root):  apt-get install -y chromium fonts-noto-cjk poppler-utils
  or point CHROMIUM_PATH at a Chromium/Chrome executable.`;

/** Path of a Chromium executable, or null. */
export async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
