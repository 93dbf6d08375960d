import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { WCAG_TAGS } from '../../lib/audit/checks/axe';
import { PREFS_COOKIE, PREFS_KEY } from '../../lib/ui/ids';
import { SEED_PAGE } from '../fixtures-path';

/** The WCAG 2.2 AA rule sets every page must pass (shared with npm run audit). */
export { WCAG_TAGS };

/** Runs axe and fails listing each violation with its nodes. */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Opening a page and waiting for its controls (shared with the deploy tests). */
export { openPage } from '../support/open-page';

/** Reading preferences as the settings panel stores them. */
export type StoredPrefs = { font?: number; contrast?: boolean; spacing?: boolean; cursor?: boolean; elder?: boolean };

/**
 * The font steps axe runs at: the smallest (the strictest contrast threshold, the narrowest
 * controls), the default and the largest (the one-column layout, the widest text). A step only
 * scales the root font size, so the DOM, names, roles and colours axe checks are the same at
 * every step, and what size changes (contrast thresholds, target sizes, overflow) moves one way
 * between the ends. The layout tests still load every step.
 */
export const AXE_FONT_STEPS = [0, 1, 5] as const;

/**
 * The reading settings axe checks pages in. The large cursor is left out: it changes only the
 * mouse pointer's image, which axe cannot see (its own test checks it). Elder mode is checked at
 * the largest font: its CSS is the same at every step, its text is large text (3:1 contrast)
 * from its first step on, and the largest step is the one-column layout.
 */
export const AXE_MODES: readonly [string, StoredPrefs][] = [
  ['high contrast', { contrast: true }],
  ['wide spacing', { spacing: true }],
  ['elder mode at the largest font', { elder: true, font: 5 }],
];

/**
 * Stores reading preferences before every page `page` loads, as a reader who chose them in
 * the settings panel left them: in localStorage, with the cookie that tells the preload script
 * something is stored.
 */
export async function storePrefs(page: Page, prefs: StoredPrefs): Promise<void> {
  await page.addInitScript(({ key, cookie, value }) => {
    localStorage.setItem(key, JSON.stringify(value));
    document.cookie = `${cookie}=1; path=/`;
  }, { key: PREFS_KEY, cookie: PREFS_COOKIE, value: prefs });
}

/** The report page under test. */
export const REPORT_PATH = '/reports/wuzhou-2023';

/** Canonical URL of the seed report, from the configured origin in content/site.yaml. */
export function canonicalReportUrl(): string {
  const site = readFileSync(path.join(process.cwd(), 'content/site.yaml'), 'utf8');
  const origin = /^origin:\s*(\S+)/m.exec(site)?.[1] ?? '';
  return `${origin.replace(/\/$/, '')}${REPORT_PATH}`;
}

/**
 * The seed report's outline read straight from the captured page text with plain regular
 * expressions (independent of lib/report): section titles and the 一是… point titles.
 */
export function seedOutline(): { title: string; sections: { heading: string; points: string[] }[] } {
  const text = readFileSync(SEED_PAGE, 'utf8');
  const title = text.split('\n').find((l) => /工作报告$/.test(l.trim()))?.trim() ?? '';
  const sections = text
    .split('\n')
    .filter((line) => /^[一二三四五六七]、/.test(line))
    .map((line) => ({
      heading: line.slice(0, line.indexOf('。')),
      points: [...line.matchAll(/[一二三四五六七八九]是([^。]+)。/g)].map((m) => m[0].replace(/。$/, '')),
    }));
  return { title, sections };
}
