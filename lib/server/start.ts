/**
 * `npm start`: serves the production build (`npm run build`) on [::] (IPv6 and IPv4) at
 * $PORT (default 3000), through Next.js's own request handler, adding the security headers
 * (per-page CSP from .next/csp-manifest.json) and refusing methods and URLs a static site
 * never answers. Set HSTS_MAX_AGE (seconds) behind HTTPS.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import type { CspManifest } from '../security/csp-manifest';
import { CSP_MANIFEST_FILE } from '../security/csp-manifest';
import { screenRequest } from './screen';

const port = Number(process.env.PORT ?? 3000);
const manifestPath = path.join(process.cwd(), '.next', CSP_MANIFEST_FILE);

let manifest: CspManifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CspManifest;
} catch {
  console.error(`没有找到 .next/${CSP_MANIFEST_FILE}：请先运行 npm run build。\nNo .next/${CSP_MANIFEST_FILE}: run \`npm run build\` first.`);
  process.exit(1);
}

const app = next({ dev: false, dir: process.cwd(), hostname: '::', port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const screening = screenRequest(req.method, req.url, manifest, process.env.HSTS_MAX_AGE);
  for (const { key, value } of screening.headers) res.setHeader(key, value);
  if (screening.kind === 'refuse') {
    res.statusCode = screening.status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : screening.body);
    return;
  }
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, '::', () => console.log(`服务已启动 Serving on http://[::]:${port} (IPv6 and IPv4)`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
