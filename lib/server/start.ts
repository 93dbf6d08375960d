/**
 * `npm start`: serves the production build (`npm run build`) on [::] (IPv6 and IPv4) at
 * $PORT (default 3000). Each request target is normalised once (request-path.ts) and that
 * reading decides everything: methods and URLs a static site never answers are refused,
 * Next.js's internal pages answer 404, every response gets the security headers (each page
 * its own CSP, from .next/csp-manifest.json), prerendered pages are sent from memory,
 * pre-compressed (static-pages.ts), ranges Next.js would fail on are settled here
 * (ranges.ts), and everything else goes to Next.js's own handler with the normalised path.
 * SIGTERM drains: no new connections, requests in flight answered, then exit.
 * Set HSTS_MAX_AGE (seconds) behind HTTPS.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import type { CspManifest } from '../security/csp-manifest';
import { CSP_MANIFEST_FILE } from '../security/csp-manifest';
import { reportFileHeaders, reportFileOfPath } from '../site/report-file-names';
import { CACHE_FRESH, holdCacheControl } from './cache-control';
import { dataFiles } from './data-files';
import { decideRange } from './ranges';
import type { NormalisedTarget } from './request-path';
import { screenRequest } from './screen';
import type { StaticPage } from './static-pages';
import { acceptsGzip, PAGE_VARY, StaticPages, staticRoutes } from './static-pages';

const port = Number(process.env.PORT ?? 3000);
const distDir = path.join(process.cwd(), '.next');
const publicDir = path.join(process.cwd(), 'public');

let manifest: CspManifest;
try {
  manifest = JSON.parse(readFileSync(path.join(distDir, CSP_MANIFEST_FILE), 'utf8')) as CspManifest;
} catch {
  console.error(`没有找到 .next/${CSP_MANIFEST_FILE}：请先运行 npm run build。\nNo .next/${CSP_MANIFEST_FILE}: run \`npm run build\` first.`);
  process.exit(1);
}
const pages = new StaticPages(distDir, staticRoutes(distDir));
const files = dataFiles(distDir);

const app = next({ dev: false, dir: process.cwd(), hostname: '::', port });
await app.prepare();
const handle = app.getRequestHandler();

/** Headers by which the Next.js client asks for a page's RSC payload instead of its HTML. */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];

/** Sends a page from memory with its caching headers; `status` 404 for the not-found page. */
function sendPage(req: IncomingMessage, res: ServerResponse, page: StaticPage, status: 200 | 404): void {
  sendPrepared(req, res, page, status, { 'Content-Type': 'text/html; charset=utf-8', Vary: PAGE_VARY });
}

/** Sends bytes from memory with the given headers and the caching ones. */
function sendPrepared(req: IncomingMessage, res: ServerResponse, page: StaticPage, status: 200 | 404, headers: Record<string, string>): void {
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  res.setHeader('Cache-Control', status === 200 ? CACHE_FRESH : 'no-store');
  if (status === 200) {
    res.setHeader('ETag', page.etag);
    if (req.headers['if-none-match'] === page.etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  const body = gzip ? page.gzip : page.raw;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.statusCode = status;
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Sends a prerendered page when the request is a plain document request for one. */
async function sendStaticPage(req: IncomingMessage, res: ServerResponse, target: NormalisedTarget): Promise<boolean> {
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined) || /(?:^|[?&])_rsc=/.test(target.query)) return false;
  if (!pages.has(target.route)) return false;
  const page = await pages.get(target.route);
  if (!page) return false;
  sendPage(req, res, page, 200);
  return true;
}

/**
 * Sends a report's open-data file (data.json, metrics.csv, tables.csv) that the build wrote.
 * A Range header is ignored: the files are small, and a whole 200 answers any range request.
 */
async function sendDataFile(req: IncomingMessage, res: ServerResponse, target: NormalisedTarget): Promise<boolean> {
  if (!files.has(target.route)) return false;
  const ref = reportFileOfPath(target.route);
  const file = await files.get(target.route);
  if (!ref || !file) return false;
  sendPrepared(req, res, file, 200, { ...reportFileHeaders(ref.slug, ref.name), Vary: 'Accept-Encoding' });
  return true;
}

/** The file Next.js would send for a path (a build asset or a file in public/), or null. */
function fileOf(route: string): string | null {
  const [base, rest] = route.startsWith('/_next/static/') ? [path.join(distDir, 'static'), route.slice('/_next/static/'.length)] : [publicDir, route.slice(1)];
  const file = path.join(base, rest);
  return file.startsWith(base + path.sep) ? file : null;
}

/** Applies the Range decision (ranges.ts); true when it answered 416 itself. */
async function screenRange(req: IncomingMessage, res: ServerResponse, target: NormalisedTarget): Promise<boolean> {
  if (req.headers.range === undefined) return false;
  const file = fileOf(target.route);
  const size = file ? await stat(file).then((s) => (s.isFile() ? s.size : null), () => null) : null;
  const decision = size === null ? 'ignore' : decideRange(req.headers.range, size);
  if (decision === 'ignore') delete req.headers.range;
  if (decision !== 'unsatisfiable') return false;
  res.statusCode = 416;
  res.setHeader('Content-Range', `bytes */${size}`);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(req.method === 'HEAD' ? undefined : '416 Range Not Satisfiable\n');
  return true;
}

async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // While shutting down, each answer closes its connection, so keep-alive clients let go.
  if (draining) res.setHeader('Connection', 'close');
  const screening = screenRequest(req.method, req.url, manifest, process.env.HSTS_MAX_AGE);
  for (const { key, value } of screening.headers) res.setHeader(key, value);
  if (screening.kind === 'refuse') {
    res.statusCode = screening.status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : screening.body);
    return;
  }
  if (screening.kind === 'not-found') {
    const page = await pages.notFound();
    if (page) return sendPage(req, res, page, 404);
    res.statusCode = 404;
    res.end();
    return;
  }
  const { target } = screening;
  if (await sendStaticPage(req, res, target)) return;
  if (await sendDataFile(req, res, target)) return;
  if (await screenRange(req, res, target)) return;
  // Next.js sees the same path every decision above was made on.
  req.url = target.path + target.query;
  holdCacheControl(res, target.path);
  await handle(req, res);
}

let draining = false;
const server = createServer((req, res) => {
  respond(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, '::', () => console.log(`服务已启动 Serving on http://[::]:${port} (IPv6 and IPv4)`));

/** How long requests in flight may take to finish after SIGTERM before the process exits anyway. */
const DRAIN_MS = 10_000;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (draining) return;
    // Stop accepting; answer what is in flight, each answer closing its connection; close
    // connections as they fall idle; exit when none is left, or after DRAIN_MS.
    draining = true;
    server.close(() => process.exit(0));
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    sweep.unref();
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), DRAIN_MS).unref();
  });
}
