// Run directly (before the browser and deploy tests), checks that a Chromium and pdftotext
// are installed and explains how to get them. The lookup itself lives in
// lib/browser/find-browser.mjs, shared with `npm run audit`; it is re-exported here.
import { fileURLToPath } from 'node:url';
import { BROWSER_HELP, findBrowser } from '../../lib/browser/find-browser.mjs';

export { findBrowser };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = await findBrowser();
  if (!found) {
    console.error(BROWSER_HELP);
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
