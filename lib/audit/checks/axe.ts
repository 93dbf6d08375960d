import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { BROWSER_HELP, findBrowser } from '../../browser/find-browser.mjs';
import type { CheckResult, Finding } from '../types';
import { result } from '../types';

/** The WCAG 2.2 AA rule sets every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const RULE = '每个页面在 Chromium 中用 axe 检查 WCAG 2.2 AA 规则（涵盖 GB/T 37668-2019 的要求）；同时记录页面在浏览器中向其他网站发出的请求。';

/** The axe check, and the requests to other hosts the browser saw, for the offsite check. */
export interface AxeOutcome {
  check: CheckResult;
  offsite: Finding[];
}

/** axe on every page in Chromium; fails with instructions when no Chromium is found. */
export async function checkAxe(origin: string, siteOrigin: string | null, paths: readonly string[]): Promise<AxeOutcome> {
  const executablePath = await findBrowser();
  if (!executablePath) {
    return {
      check: { ...result('axe', '无障碍（axe）', RULE, [{ page: null, message: `无障碍检查没有运行：${BROWSER_HELP.replace(/\n\s*/g, ' ')}` }], ''), summary: '没有找到 Chromium，未能检查' },
      offsite: [],
    };
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const findings: Finding[] = [];
  const offsite: Finding[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== origin && url.origin !== siteOrigin) offsite.push({ page: path, message: `浏览器加载页面时请求了其他网站 ${url.href}` });
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const v of violations) {
        findings.push({ page: path, message: `${v.id}：${v.help}（${v.nodes.length} 处：${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('；')}）` });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { check: result('axe', '无障碍（axe）', RULE, findings, `${paths.length} 个页面没有 WCAG 2.2 AA 问题`), offsite };
}
