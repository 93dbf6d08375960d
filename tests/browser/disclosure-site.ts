import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The fixture 年报 (tests/fixtures/disclosure) added to the site copy for the browser tests. */
export const DISCLOSURE_REPORTS = ['shili-2022.md', 'shili-2023.md'] as const;

/** Path of the 2023 fixture 年报 on the copy. */
export const DISCLOSURE_PATH = '/reports/shili-xxgk-2023';

/** Port of the server on the copy: DISCLOSURE_PORT, which playwright.config.ts sets (a free port) before workers start. */
export const DISCLOSURE_PORT = Number(process.env.DISCLOSURE_PORT ?? 3101);

/** Origin of that server. */
export const DISCLOSURE_ORIGIN = `http://[::1]:${DISCLOSURE_PORT}`;

/** Where the copy of the site with the fixture 年报 is built: one directory per checkout, outside it. */
export function disclosureSiteDir(root = process.cwd()): string {
  return path.join(tmpdir(), `portal-disclosure-site-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);
}
