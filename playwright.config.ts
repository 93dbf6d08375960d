import { defineConfig } from '@playwright/test';
import { findBrowser } from './lib/browser/find-browser.mjs';
import { portFromEnv } from './lib/server/free-port';
import { disclosureSiteDir } from './tests/browser/disclosure-site';

// TEST_PORT, or a free port: the runner evaluates this file first and its workers inherit the
// variable it sets, so every process agrees on the port.
const PORT = await portFromEnv('TEST_PORT');
const DISCLOSURE_PORT = await portFromEnv('DISCLOSURE_PORT');
const executablePath = (await findBrowser()) ?? undefined;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
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
  projects: [
    { name: 'pages', testIgnore: /(?:audit|preview)\.spec\.ts$/ },
    // The site audit (axe on every page, its own server) and the preview (`next dev` compiling
    // on a copy) each keep a core busy for minutes: run them after the page tests, not beside.
    { name: 'tools', testMatch: /(?:audit|preview)\.spec\.ts$/, dependencies: ['pages'] },
  ],
  webServer: [{
    // `npm start`'s server (Next.js behind the portal's security headers), so every browser
    // test also runs under the production Content-Security-Policy. Never a server this run
    // did not start: a port already taken fails the run instead of testing something else.
    command: 'node --import tsx lib/server/start.ts',
    url: `http://[::1]:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT) },
  }, {
    // The same server on the test site: the fixture 年报 and 320 generated reports (tests/browser/build-disclosure-site.ts).
    command: 'node --import tsx lib/server/start.ts',
    cwd: disclosureSiteDir(),
    url: `http://[::1]:${DISCLOSURE_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(DISCLOSURE_PORT) },
  }],
});
