// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Playwright's own browser,
// then Debian's /usr/bin/chromium. Run directly, it checks and explains how to get one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HELP = `没有找到 Chromium 浏览器，无法运行浏览器测试。
No Chromium found for the browser tests. Install one of:
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = await findBrowser();
  if (!found) {
    console.error(HELP);
    process.exit(1);
  }
  const { execFileSync } = await import('node:child_process');
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    console.error('没有找到 pdftotext（打印测试需要）。No pdftotext for the print test: apt-get install -y poppler-utils');
    process.exit(1);
  }
  console.log(`browser: ${found}`);
}
