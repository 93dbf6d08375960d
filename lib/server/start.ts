/**
 * `npm start`: serves the production build (`npm run build`) on [::] (IPv6 and IPv4) at
 * $PORT (default 3000). Every response gets the security headers (each page its own CSP,
 * from .next/csp-manifest.json); methods and URLs a static site never answers are refused;
 * prerendered pages are sent from memory, pre-compressed (static-pages.ts); everything else
 * goes through Next.js's own request handler. Set HSTS_MAX_AGE (seconds) behind HTTPS.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import type { CspManifest } from '../security/csp-manifest';
import { CSP_MANIFEST_FILE } from '../security/csp-manifest';
import { CACHE_FRESH, holdCacheControl } from './cache-control';
import { screenRequest } from './screen';
import { acceptsGzip, PAGE_VARY, StaticPages, staticRoutes } from './static-pages';

const port = Number(process.env.PORT ?? 3000);
const distDir = path.join(process.cwd(), '.next');

let manifest: CspManifest;
try {
  manifest = JSON.parse(readFileSync(path.join(distDir, CSP_MANIFEST_FILE), 'utf8')) as CspManifest;
} catch {
  console.error(`没有找到 .next/${CSP_MANIFEST_FILE}：请先运行 npm run build。\nNo .next/${CSP_MANIFEST_FILE}: run \`npm run build\` first.`);
  process.exit(1);
}
const pages = new StaticPages(distDir, staticRoutes(distDir));

const app = next({ dev: false, dir: process.cwd(), hostname: '::', port });
await app.prepare();
const handle = app.getRequestHandler();

/** Headers by which the Next.js client asks for a page's RSC payload instead of its HTML. */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];

/** Sends a prerendered page when the request is a plain document request for one. */
async function sendStaticPage(req: IncomingMessage, res: ServerResponse, pathname: string, query: string): Promise<boolean> {
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined) || /(?:^|&)_rsc=/.test(query)) return false;
  const route = decodeURIComponent(pathname);
  if (!pages.has(route)) return false;
  const page = await pages.get(route);
  if (!page) return false;
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Vary', PAGE_VARY);
  res.setHeader('Cache-Control', CACHE_FRESH);
  res.setHeader('ETag', page.etag);
  if (req.headers['if-none-match'] === page.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  const body = gzip ? page.gzip : page.raw;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const screening = screenRequest(req.method, req.url, manifest, process.env.HSTS_MAX_AGE);
  for (const { key, value } of screening.headers) res.setHeader(key, value);
  if (screening.kind === 'refuse') {
    res.statusCode = screening.status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : screening.body);
    return;
  }
  const [pathname = '/', query = ''] = (req.url ?? '/').split('?', 2);
  if (await sendStaticPage(req, res, pathname, query)) return;
  holdCacheControl(res, pathname);
  await handle(req, res);
}

const server = createServer((req, res) => {
  respond(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, '::', () => console.log(`服务已启动 Serving on http://[::]:${port} (IPv6 and IPv4)`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Finish requests in flight, close idle keep-alive connections, give up after 5 s.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
