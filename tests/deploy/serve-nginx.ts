/**
 * Serves the published export (out/) with deploy/nginx.conf on [::1] and 127.0.0.1 at
 * $PORT until stopped: the web server of the deploy tests (playwright.deploy.config.ts).
 */
import path from 'node:path';
import { startNginx } from './nginx';

const nginx = await startNginx({ port: Number(process.env.PORT ?? 8400), root: path.join(process.cwd(), 'out') });
console.log(`nginx serving out/ on ${nginx.origins.join(' and ')}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void nginx.stop().then(() => process.exit(0)));
}
