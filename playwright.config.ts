import { defineConfig } from '@playwright/test';
import { DISCLOSURE_PORT, disclosureSiteDir } from './tests/browser/disclosure-site';
import { findBrowser } from './tests/browser/find-browser.mjs';

const PORT = Number(process.env.TEST_PORT ?? 3100);
const executablePath = (await findBrowser()) ?? undefined;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 120_000,
  use: {
    baseURL: `http://[::1]:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // `npm start`'s server (Next.js behind the portal's security headers), so every browser
      // test also runs under the production Content-Security-Policy.
      command: 'node --import tsx lib/server/start.ts',
      url: `http://[::1]:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT) },
    },
    {
      // The same server on a copy of the site holding the fixture 年报 (tests/browser/build-disclosure-site.ts).
      command: 'node --import tsx lib/server/start.ts',
      cwd: disclosureSiteDir(),
      url: `http://[::1]:${DISCLOSURE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(DISCLOSURE_PORT) },
    },
  ],
});
