import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The fixture 年报 (tests/fixtures/disclosure) added to the test site. */
export const DISCLOSURE_REPORTS = ['shili-2022.md', 'shili-2023.md'] as const;

/** Path of the 2023 fixture 年报 on the test site. */
export const DISCLOSURE_PATH = '/reports/shili-xxgk-2023';

/** Generated reports on the test site (tests/support/generated-reports.ts), from 24 issuers. */
export const GENERATED_REPORTS = 320;

/** The day the test site is built for (PORTAL_TODAY): after the 年报's deadline, before the 法治政府建设 report's. */
export const TEST_SITE_TODAY = '2024-02-15';

/**
 * Reports the test site leaves unpublished: the 2023 reports of every fifth generated issuer
 * (indices 0, 5, 10, 15, 20), so the home page has something overdue and something due.
 */
export function unpublishedOnTestSite(issuer: number, year: number): boolean {
  return year === 2023 && issuer % 5 === 0;
}

/** Port of the server on the test site: DISCLOSURE_PORT, which playwright.config.ts sets (a free port) before workers start. */
export const DISCLOSURE_PORT = Number(process.env.DISCLOSURE_PORT ?? 3101);

/** Origin of that server. */
export const DISCLOSURE_ORIGIN = `http://[::1]:${DISCLOSURE_PORT}`;

/** Where the test site is built: one directory per checkout, outside it. */
export function disclosureSiteDir(root = process.cwd()): string {
  return path.join(tmpdir(), `portal-disclosure-site-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);
}
