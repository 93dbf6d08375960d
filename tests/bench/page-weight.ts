import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { islandScriptSrc } from '../../lib/site/islands';
import { pageScriptPath } from '../support/page-script';
import { BENCH_PORT } from './ports';
import { startServer } from './server';

const PAGES = ['/reports/wuzhou-2023', '/', '/reports/wuzhou-2023/figures', `/search?q=${encodeURIComponent('行政复议')}`];

interface Weight { raw: number; gzip: number }
const kb = (n: number) => Number((n / 1024).toFixed(1));
const weigh = (body: Buffer): Weight => ({ raw: body.length, gzip: gzipSync(body).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

function clientComponentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return clientComponentFiles(full);
    return /\.tsx?$/.test(name) && /^'use client'/.test(readFileSync(full, 'utf8')) ? [full] : [];
  });
}

/**
 * The portal's own client JavaScript: the page script (components/islands, every control of
 * every page) and the 'use client' modules that remain (search results, error pages), bundled
 * without React/Next.
 */
async function ownJavaScript(): Promise<Weight> {
  const pageScript = weigh(readFileSync(path.join(process.cwd(), 'public', islandScriptSrc().slice(1))));
  const files = clientComponentFiles(path.join(process.cwd(), 'components'));
  const result = await build({
    stdin: { contents: files.map((f) => `export * from ${JSON.stringify(f)};`).join('\n'), resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'next', 'next/*'],
    alias: { '@': process.cwd() },
    logLevel: 'silent',
  });
  return add(pageScript, weigh(Buffer.from(result.outputFiles[0]!.contents)));
}

async function pageWeight(origin: string, pagePath: string) {
  const html = Buffer.from(await (await fetch(origin + pagePath)).arrayBuffer());
  const text = html.toString();
  const assets = [...text.matchAll(/<(?:script[^>]+src|link[^>]+rel="stylesheet"[^>]+href)="([^"]+)"/g)].map((m) => m[1]!);
  // The reading pages' page script is added by an inline loader after the first paint.
  const pageScript = pageScriptPath(text);
  if (pageScript) assets.push(pageScript);
  let css: Weight = { raw: 0, gzip: 0 };
  let js: Weight = { raw: 0, gzip: 0 };
  for (const asset of new Set(assets)) {
    const body = Buffer.from(await (await fetch(new URL(asset, origin))).arrayBuffer());
    if (asset.endsWith('.css')) css = add(css, weigh(body));
    else js = add(js, weigh(body));
  }
  return { html: weigh(html), css, js };
}

/** Config files already written, by starting page. */
const startingPageConfigs = new Map<string, string>();

/**
 * A Lighthouse config file that starts each run from `from` instead of about:blank, written
 * once per page into the system temp folder (Lighthouse takes settings like this one only from
 * a config file).
 */
function startingPageConfig(from: string): string {
  let file = startingPageConfigs.get(from);
  if (!file) {
    file = path.join(tmpdir(), `portal-lighthouse-from-${createHash('sha256').update(from).digest('hex').slice(0, 12)}.mjs`);
    writeFileSync(file, `export default { extends: 'lighthouse:default', settings: { blankPage: ${JSON.stringify(from)} } };\n`);
    startingPageConfigs.set(from, file);
  }
  return file;
}

/**
 * Lighthouse's JSON report of `url`; a run whose Chromium dies (a loaded machine) is tried
 * again, twice at most. `from`: the page the tab shows before it navigates to `url`
 * (Lighthouse's default is about:blank).
 */
function lighthouseJson(url: string, from?: string, attempts = 3): string {
  try {
    return execFileSync(
      'node_modules/.bin/lighthouse',
      [url, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile',
        ...(from ? [`--config-path=${startingPageConfig(from)}`] : []),
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
    ).toString();
  } catch (error) {
    if (attempts <= 1) throw error;
    console.log(`  Lighthouse failed on ${url}; trying again`);
    return lighthouseJson(url, from, attempts - 1);
  }
}

/** One Lighthouse run (mobile, default throttling) of `url`, from about:blank or from the page `from`: scores, timings and transferred bytes. */
export function lighthouse(url: string, from?: string) {
  const out = lighthouseJson(url, from);
  const report = JSON.parse(out) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
  };
  const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
  const requests = report.audits['network-requests']?.details?.items ?? [];
  const transferred = (type?: string) => requests.filter((r) => !type || r.resourceType === type).reduce((n, r) => n + (r.transferSize ?? 0), 0);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    transferredKB: kb(transferred()),
    scriptTransferredKB: kb(transferred('Script')),
  };
}

/** Transferred bytes and Lighthouse (mobile) for the report page and home page. */
export async function benchPages() {
  const server = await startServer(BENCH_PORT);
  // Lighthouse counts only localhost (not [::1]) as a secure origin for an http:// page.
  const lighthouseOrigin = `http://localhost:${BENCH_PORT}`;
  const figures: Record<string, unknown> = {};
  try {
    const weights = new Map<string, Awaited<ReturnType<typeof pageWeight>>>();
    for (const pagePath of PAGES) weights.set(pagePath, await pageWeight(server.origin, pagePath));
    for (const pagePath of PAGES) {
      const weight = weights.get(pagePath)!;
      const scores = lighthouse(lighthouseOrigin + pagePath);
      console.log(`${pagePath}: HTML ${kb(weight.html.raw)}/${kb(weight.html.gzip)} KB, CSS ${kb(weight.css.raw)}/${kb(weight.css.gzip)} KB, JS ${kb(weight.js.raw)}/${kb(weight.js.gzip)} KB (raw/gzip)`);
      console.log(`  Lighthouse mobile: performance ${scores.performance} (target ≥ 95), accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo} (targets 100); LCP ${scores.lcpMs} ms, TBT ${scores.tbtMs} ms, CLS ${scores.cls} (target 0)`);
      figures[pagePath] = {
        htmlKB: { raw: kb(weight.html.raw), gzip: kb(weight.html.gzip) },
        cssKB: { raw: kb(weight.css.raw), gzip: kb(weight.css.gzip) },
        jsKB: { raw: kb(weight.js.raw), gzip: kb(weight.js.gzip) },
        lighthouse: scores,
      };
    }
  } finally {
    server.stop();
  }
  const own = await ownJavaScript();
  console.log(`portal's own client JavaScript: ${kb(own.raw)} KB raw, ${kb(own.gzip)} KB gzip (target ≤ 15 KB gzip)`);
  figures.ownJavaScriptKB = { raw: kb(own.raw), gzip: kb(own.gzip), targetGzip: 15 };
  return figures;
}
