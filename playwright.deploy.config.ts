import { defineConfig } from '@playwright/test';
import { portFromEnv } from './lib/server/free-port';
import { findBrowser } from './lib/browser/find-browser.mjs';
import { hostileSiteDir } from './tests/deploy/hostile-site';

// TEST_PORT, HOSTILE_PORT and NGINX_PORT, or free ports, chosen before servers.ts reads them;
// the workers inherit the variables. A port already taken fails the run (no server reused).
for (const name of ['TEST_PORT', 'HOSTILE_PORT', 'NGINX_PORT']) await portFromEnv(name);
const { PORTS } = await import('./tests/deploy/servers');

/**
 * `npm run test:deploy`: the production set-ups side by side. It expects `npm run export`
 * (out/), `npm run build` (.next/) and tests/deploy/build-hostile-site.ts to have run, as the
 * npm script does, and starts: npm start, nginx with deploy/nginx.conf on the export, and
 * npm start on the copy of the site that holds the XSS fixture.
 */
const executablePath = (await findBrowser()) ?? undefined;
const env = { NEXT_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: 'tests/deploy',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 120_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: 'node --import tsx lib/server/start.ts',
      url: `http://[::1]:${PORTS.app}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...env, PORT: String(PORTS.app) },
    },
    {
      command: 'node --import tsx tests/deploy/serve-nginx.ts',
      url: `http://[::1]:${PORTS.nginx}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...env, PORT: String(PORTS.nginx) },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: 'node --import tsx lib/server/start.ts',
      cwd: hostileSiteDir(),
      url: `http://[::1]:${PORTS.hostile}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...env, PORT: String(PORTS.hostile) },
    },
  ],
});
