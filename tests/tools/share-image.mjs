// The share image (og:image): `node tests/tools/share-image.mjs` draws public/share-image.png,
// 1200×630, from the site name and government in content/site.yaml, with Chromium and the
// system's CJK fonts. Run it again after changing either; the PNG is committed, so the build
// needs neither a browser nor fonts.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from '../../lib/browser/find-browser.mjs';

const yaml = readFileSync('content/site.yaml', 'utf8');
const value = (key) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(yaml)?.[1].trim().replace(/^["']|["']$/g, '') ?? '';
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { display: flex; flex-direction: column; justify-content: center; gap: 28px; box-sizing: border-box; padding: 0 96px;
    background: #9f1c1c; color: #fff; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
  h1 { margin: 0; font-size: 76px; line-height: 1.25; font-weight: 700; letter-spacing: 0.04em; }
  p { margin: 0; font-size: 36px; line-height: 1.4; }
  .rule { width: 160px; height: 8px; background: #fff; }
</style><body><div class="rule"></div><h1>${escape(value('siteName'))}</h1><p>${escape(value('government'))}依法公开的年度报告</p></body></html>`;

const browser = await chromium.launch({ executablePath: (await findBrowser()) ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/share-image.png' });
await browser.close();
console.log('public/share-image.png');
