// Looking at pages: `node tests/tools/screenshots.mjs [baseURL] [outDir] [paths…]` takes
// screenshots at 1280 px and 375 px, at the largest font step, and prints each page to PDF
// (turned into PNGs by pdftoppm when it is installed). For people, not for CI.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from '../../lib/browser/find-browser.mjs';

const [base = 'http://[::1]:3000', out = '/tmp/shots', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/', '/reports/wuzhou-2023', '/no-such-page'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: (await findBrowser()) ?? undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const path of pages) {
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  for (const [label, width, font] of [['desktop', 1280, 1], ['phone', 375, 1], ['phone-largest', 375, 5], ['desktop-largest', 1280, 5]]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    // As the settings panel stores a choice: in localStorage, with the cookie that tells the preload script to read it.
    await context.addInitScript((f) => {
      localStorage.setItem('portal-reading-prefs', JSON.stringify({ font: f }));
      document.cookie = 'portal-prefs=1; path=/';
    }, font);
    const page = await context.newPage();
    await page.goto(base + path);
    // The reading pages add their page script after the first paint: shoot with the controls live.
    await page.locator('html[data-controls="on"]').waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: label === 'desktop' || label === 'phone' });
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + path);
  const pdf = `${out}/${name}.pdf`;
  await page.pdf({ path: pdf, format: 'A4' });
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${out}/${name}-print`]);
  } catch {
    console.warn('pdftoppm not found: apt-get install -y poppler-utils');
  }
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
