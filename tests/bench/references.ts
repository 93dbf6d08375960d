/** Reference pages the benchmarks measure the portal against, in the same run. */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Header } from '../../lib/security/headers';

const REPORT = '/reports/wuzhou-2023';

/** Waits until `url` answers 200 (up to a minute). */
export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** A plain Next.js app holding only the report text on one static page: the reference for (a). */
export async function plainNextApp(dir: string, html: string, port: number): Promise<() => void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app/reports/wuzhou-2023'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  copyFileSync('package-lock.json', path.join(dir, 'package-lock.json'));
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  writeFileSync(path.join(dir, 'app/layout.jsx'), 'export default function Layout({ children }) { return <html lang="zh-CN"><body>{children}</body></html>; }\n');
  writeFileSync(path.join(dir, 'app/reports/wuzhou-2023/page.jsx'), `export default function Page() { return <main dangerouslySetInnerHTML={{ __html: ${JSON.stringify(body)} }} />; }\n`);
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return spawnServer(['node_modules/next/dist/bin/next', 'start', '-H', '::', '-p', String(port)], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1' } }, `http://[::1]:${port}${REPORT}`);
}

/**
 * Runs Node.js with `args` in a child process of its own: the bench runs Lighthouse
 * synchronously, which would leave an in-process server unable to answer. Resolves once
 * `probe` answers 200, with the stop function.
 */
async function spawnServer(args: string[], options: { cwd?: string; env?: Record<string, string> }, probe: string): Promise<() => void> {
  const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: 'ignore', env: { ...process.env, ...options.env } });
  await waitFor(probe);
  return () => child.kill();
}

/** Runs `source`, a Node.js script that listens on [::] at `port`, as spawnServer does; `probe` is a path there. */
function childServer(source: string, env: Record<string, string>, port: number, probe: string): Promise<() => void> {
  return spawnServer(['-e', source], { env }, `http://[::1]:${port}${probe}`);
}

/**
 * The floor: the report's text as a bare HTML page (bare-page.ts), served gzipped from memory
 * by a minimal Node server on [::] at `port` under REPORT, in a child process of its own.
 * `headers` are sent as well: the portal's security headers give the floor as the portal's
 * server would send it. Returns its stop function.
 */
export async function floorServer(html: string, port: number, headers: readonly Header[] = []): Promise<() => void> {
  const serve = `
    const { createServer } = require('node:http');
    const body = Buffer.from(process.env.FLOOR_BODY, 'base64');
    const headers = JSON.parse(process.env.FLOOR_HEADERS);
    createServer((req, res) => {
      if (req.url !== ${JSON.stringify(REPORT)}) { res.statusCode = 404; res.end(); return; }
      for (const { key, value } of headers) res.setHeader(key, value);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Cache-Control', 'public, max-age=60');
      res.end(body);
    }).listen(${port}, '::');`;
  return childServer(serve, { FLOOR_BODY: gzipSync(html).toString('base64'), FLOOR_HEADERS: JSON.stringify(headers) }, port, REPORT);
}

/**
 * A page of another site that links to the report, on [::] at `port` in a child process of its
 * own: the weight bench starts Lighthouse runs on it (as http://127.0.0.1:port/, which is not
 * the same site as localhost) to measure a reader who arrives by a link. It asks for no favicon,
 * so its own requests add no console error to the runs that start on it.
 */
export async function linkingPageServer(port: number, href: string): Promise<() => void> {
  const serve = `
    const { createServer } = require('node:http');
    const page = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>搜索结果</title></head><body><a href="' + process.env.LINK_HREF + '">梧州市2023年度法治政府建设工作报告</a></body></html>';
    createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(page);
    }).listen(${port}, '::');`;
  return childServer(serve, { LINK_HREF: href }, port, '/');
}

/**
 * A pass-through proxy on [::] at `port` to the server at `target` (a port on [::1]) that
 * drops the named response headers, in a child process of its own. The
 * weight bench serves the portal's own page through it without Cross-Origin-Opener-Policy, to
 * tell what the page costs from what that header costs in Lighthouse's model.
 */
export async function headerDroppingProxy(target: number, port: number, drop: readonly string[], probe: string): Promise<() => void> {
  const serve = `
    const { createServer, request } = require('node:http');
    const drop = new Set(JSON.parse(process.env.PROXY_DROP).map((h) => h.toLowerCase()));
    createServer((req, res) => {
      const upstream = request({ host: '::1', port: ${target}, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        for (const [key, value] of Object.entries(answer.headers)) if (!drop.has(key)) res.setHeader(key, value);
        res.writeHead(answer.statusCode);
        answer.pipe(res);
      });
      upstream.on('error', () => { res.statusCode = 502; res.end(); });
      req.pipe(upstream);
    }).listen(${port}, '::');`;
  return childServer(serve, { PROXY_DROP: JSON.stringify(drop) }, port, probe);
}

/**
 * A plain Next.js site of the same pages as the portal's N reports, the build reference: the
 * App Router, one static page per report and one per figures page (generateStaticParams over
 * the same slugs), each showing the report's Markdown source as text from a JSON file, and
 * the same list pages (one per issuer, kind and year). No parsing, no checks, no search index.
 */
export function writePlainNextSite(dir: string, reports: readonly { slug: string; text: string; issuer: string; year: number; kind: string }[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['app/reports/[slug]/figures', 'app/list/[key]']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  copyFileSync('package-lock.json', path.join(dir, 'package-lock.json'));
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
  writeFileSync(path.join(dir, 'reports.json'), JSON.stringify(reports));
  const lists = [...new Set(reports.flatMap((r) => [`issuer-${r.issuer}`, `kind-${r.kind}`, `year-${r.year}`]))];
  writeFileSync(path.join(dir, 'lists.json'), JSON.stringify(lists));
  writeFileSync(path.join(dir, 'app/layout.jsx'), 'export default function Layout({ children }) { return <html lang="zh-CN"><body>{children}</body></html>; }\n');
  const page = (body: string) => `import reports from '${'../'.repeat(body.includes('figures') ? 4 : 3)}reports.json';
export const dynamicParams = false;
export function generateStaticParams() { return reports.map((r) => ({ slug: r.slug })); }
export default async function Page({ params }) {
  const { slug } = await params;
  const report = reports.find((r) => r.slug === slug);
  return <main>${body}</main>;
}
`;
  writeFileSync(path.join(dir, 'app/reports/[slug]/page.jsx'), page('<h1>{report.slug}</h1><pre>{report.text}</pre>'));
  writeFileSync(path.join(dir, 'app/reports/[slug]/figures/page.jsx'), page('<h1>{report.slug} figures</h1><pre>{report.text}</pre>'));
  writeFileSync(path.join(dir, 'app/list/[key]/page.jsx'), `import reports from '../../../reports.json';
import lists from '../../../lists.json';
export const dynamicParams = false;
export function generateStaticParams() { return lists.map((key) => ({ key })); }
export default async function Page({ params }) {
  const key = decodeURIComponent((await params).key);
  const items = reports.filter((r) => [\`issuer-\${r.issuer}\`, \`kind-\${r.kind}\`, \`year-\${r.year}\`].includes(key));
  return <main><h1>{key}</h1><ul>{items.map((r) => <li key={r.slug}><a href={\`/reports/\${r.slug}\`}>{r.slug}</a></li>)}</ul></main>;
}
`);
}
