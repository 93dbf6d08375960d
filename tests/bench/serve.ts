import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReport } from '../../lib/report';
import { precompress } from '../../lib/deploy/compress';
import { startNginx } from '../deploy/nginx';
import { copySite, runNpm } from '../support/site-copy';
import { barePage } from './bare-page';
import { loadCheck } from './load';
import { BENCH_NGINX_PORT, BENCH_PORT } from './ports';
import { plainNextApp } from './references';
import { startServer } from './server';
import type { WrkResult } from './wrk';
import { medianRun, runWrk } from './wrk';

/** Rounds of measurement, taken in turn so that noise from other work on the machine spreads over all four. */
const ROUNDS = 3;
const SECONDS = 8;

const REPORT = '/reports/wuzhou-2023';
const SEED = 'content/reports/wuzhou-2023.md';

function report(name: string, runs: WrkResult[]): WrkResult & { rounds: number[] } {
  const r = medianRun(runs);
  const rounds = runs.map((x) => x.requestsPerSecond);
  console.log(`${name.padEnd(44)} ${String(r.requestsPerSecond).padStart(7)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  max ${r.maxMs} ms  errors ${r.errors}  non-2xx ${r.non2xx}  (rounds: ${rounds.join(', ')})`);
  return { ...r, rounds };
}

/**
 * Serving the report page, measured in one run with wrk -t2 -c50 on [::1]:
 * (a) npm start; (b) nginx + the static export with gzip_static; (c) nginx serving a bare
 * HTML file of the report text only (the floor), with the same configuration; and, as the
 * reference for (a), a plain Next.js app holding only the report text. Then the bounded load
 * check: 10,000 requests at concurrency 50 to (a) and (b).
 */
export async function benchServe() {
  const work = path.join(tmpdir(), `portal-bench-serve-${process.pid}`);
  const site = path.join(work, 'site');
  const bare = path.join(work, 'bare');
  const { report: seed } = readReport(readFileSync(SEED, 'utf8'), SEED);
  if (!seed) throw new Error(`${SEED} does not parse`);
  const html = barePage(seed);
  const stops: (() => Promise<void> | void)[] = [];
  try {
    console.log('exporting the site in a throwaway copy (the published out/ is left alone)…');
    copySite(site);
    runNpm(site, 'export');
    mkdirSync(path.join(bare, 'reports'), { recursive: true });
    writeFileSync(path.join(bare, 'reports/wuzhou-2023.html'), html);
    precompress(bare);
    const emptyMap = path.join(work, 'empty-csp.conf');
    writeFileSync(emptyMap, 'map $uri $portal_csp_hashes { default ""; }\n');
    console.log('building a plain Next.js app with the same text…');
    stops.push(await plainNextApp(path.join(work, 'plain-next'), html, BENCH_PORT + 2));

    const app = await startServer(BENCH_PORT);
    stops.push(app.stop);
    const exported = await startNginx({ port: BENCH_NGINX_PORT, root: path.join(site, 'out'), cspMap: path.join(site, 'out.nginx-csp.conf'), accessLog: false });
    stops.push(exported.stop);
    const floor = await startNginx({ port: BENCH_NGINX_PORT + 1, root: bare, cspMap: emptyMap, accessLog: false });
    stops.push(floor.stop);

    const sizes = {
      exportHtmlGzipKB: Number((readFileSync(path.join(site, 'out/reports/wuzhou-2023.html.gz')).length / 1024).toFixed(1)),
      bareHtmlGzipKB: Number((readFileSync(path.join(bare, 'reports/wuzhou-2023.html.gz')).length / 1024).toFixed(1)),
    };
    console.log(`\nwrk -t2 -c50 -d${SECONDS}s, Accept-Encoding: gzip, ${REPORT} (export ${sizes.exportHtmlGzipKB} KB gz, bare ${sizes.bareHtmlGzipKB} KB gz); median of ${ROUNDS} rounds`);
    const urls = [`${app.origin}${REPORT}`, `http://[::1]:${BENCH_PORT + 2}${REPORT}`, `http://[::1]:${BENCH_NGINX_PORT}${REPORT}`, `http://[::1]:${BENCH_NGINX_PORT + 1}${REPORT}`];
    const runs: WrkResult[][] = urls.map(() => []);
    for (let round = 0; round < ROUNDS; round++) urls.forEach((url, i) => runs[i]!.push(runWrk(url, SECONDS, round === 0)));
    const a = report('(a) npm start', runs[0]!);
    const plain = report('    plain Next.js page, next start (reference)', runs[1]!);
    const b = report('(b) nginx + export, gzip_static', runs[2]!);
    const c = report('(c) nginx, bare HTML of the report text', runs[3]!);
    const ratio = Number((b.requestsPerSecond / c.requestsPerSecond).toFixed(2));
    console.log(`(b)/(c) = ${ratio} (target ≥ 0.8); (a)/plain Next.js = ${(a.requestsPerSecond / plain.requestsPerSecond).toFixed(2)} (target ≥ 1, 0 errors)`);

    console.log('\nload check: 10,000 requests at concurrency 50');
    const loadApp = await loadCheck(`${app.origin}${REPORT}`);
    const loadNginx = await loadCheck(`http://[::1]:${BENCH_NGINX_PORT}${REPORT}`);
    for (const [name, r] of [['npm start', loadApp], ['nginx + export', loadNginx]] as const) {
      console.log(`${name.padEnd(16)} ${r.ok} × 200, ${r.non200} other, ${r.errors} errors in ${r.seconds} s (p99 ${r.p99Ms} ms) (target: 0 errors, 0 non-200)`);
    }
    return {
      tool: `wrk -t2 -c50 -d${SECONDS}s --latency -H "Accept-Encoding: gzip" on [::1], after a 2 s warm-up; median of ${ROUNDS} interleaved rounds`,
      path: REPORT,
      sizes,
      npmStart: a,
      plainNextReference: plain,
      nginxExport: b,
      nginxBareHtml: c,
      exportToFloorRatio: ratio,
      exportToFloorTarget: 0.8,
      npmStartToPlainNextRatio: Number((a.requestsPerSecond / plain.requestsPerSecond).toFixed(2)),
      loadCheck: { npmStart: loadApp, nginxExport: loadNginx },
    };
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(work, { recursive: true, force: true });
  }
}
