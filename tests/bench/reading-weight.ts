import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readReport } from '../../lib/report';
import { contentSecurityPolicy, securityHeaders } from '../../lib/security/headers';
import { scriptLoaderSrc } from '../../lib/ui/script-loader';
import { barePage } from './bare-page';
import { lighthouse } from './page-weight';
import { BENCH_PORT } from './ports';
import { floorServer, headerDroppingProxy, linkingPageServer, plainNextApp } from './references';
import { startServer } from './server';
import { median } from './stats';

const REPORT = '/reports/wuzhou-2023';
const SEED = 'content/reports/wuzhou-2023.md';
const RUNS = 3;

type Run = ReturnType<typeof lighthouse>;

const kb = (n: number) => Number((n / 1024).toFixed(1));

/** Each figure of several Lighthouse runs, as its median. */
function medianOf(runs: Run[]): Run {
  const keys = Object.keys(runs[0] ?? {}) as (keyof Run)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) as Run;
}

/** JavaScript a fresh load of the page evaluates before any interaction, gzip: its script files, inline scripts and the script its loader adds. */
async function scriptBeforeInteraction(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  let bytes = 0;
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (type !== '' && !/javascript|module/.test(type)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    const text = src ? Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer()) : Buffer.from(body);
    bytes += gzipSync(text).length;
    // The reading pages' loader adds the page script after the first paint: still before any interaction.
    const loaded = src ? null : scriptLoaderSrc(body);
    if (loaded) bytes += gzipSync(Buffer.from(await (await fetch(new URL(loaded, url))).arrayBuffer())).length;
  }
  return bytes;
}

/**
 * The report page against the physical floor, in one run: Lighthouse mobile (default
 * throttling, `http://localhost`), median of three interleaved runs each, for
 * (a) the portal's report and figures pages under `npm start`, (b) a static page of the same
 * text (the floor: bare HTML, no CSS, no JS) and (c) a plain Next.js page with the same text;
 * and the report page and the floor again as reached by a link from another site.
 */
export async function benchWeight() {
  const { report } = readReport(readFileSync(SEED, 'utf8'), SEED);
  if (!report) throw new Error(`${SEED} does not parse`);
  const html = barePage(report);
  const work = path.join(tmpdir(), `portal-bench-weight-${process.pid}`);
  const stops: (() => void)[] = [];
  try {
    console.log('building a plain Next.js app with the same text…');
    stops.push(await plainNextApp(path.join(work, 'plain-next'), html, BENCH_PORT + 2));
    stops.push(await floorServer(html, BENCH_PORT + 3));
    // The same floor under the portal's own response headers (CSP, COOP, …): Lighthouse starts
    // from about:blank, and Cross-Origin-Opener-Policy makes Chromium move the page into a new
    // renderer process, which its model charges to the page's load. Against this floor the
    // portal's page is compared under equal headers.
    stops.push(await floorServer(html, BENCH_PORT + 4, [...securityHeaders(), { key: 'Content-Security-Policy', value: contentSecurityPolicy([]) }]));
    const app = await startServer(BENCH_PORT);
    stops.push(app.stop);
    // The portal's own report page with every header but Cross-Origin-Opener-Policy: what the
    // page costs, told apart from what that header costs in Lighthouse's model.
    stops.push(await headerDroppingProxy(BENCH_PORT, BENCH_PORT + 5, ['Cross-Origin-Opener-Policy'], REPORT));
    // Lighthouse counts only localhost (not [::1]) as a secure origin for an http:// page.
    const pages = {
      report: `http://localhost:${BENCH_PORT}${REPORT}`,
      figures: `http://localhost:${BENCH_PORT}${REPORT}/figures`,
      reportWithoutCoop: `http://localhost:${BENCH_PORT + 5}${REPORT}`,
      floor: `http://localhost:${BENCH_PORT + 3}${REPORT}`,
      floorWithHeaders: `http://localhost:${BENCH_PORT + 4}${REPORT}`,
      plainNext: `http://localhost:${BENCH_PORT + 2}${REPORT}`,
    };
    // The same pages reached the way a reader reaches them, by a link on another site (a search
    // engine, a city's news page) instead of from a blank tab: each run starts on a page of
    // another site (127.0.0.1 is not the same site as localhost), so every page, with COOP or
    // without, moves into a renderer process of its own, as Chromium does for a cross-site
    // navigation. The page links to the report; it is the same for every run.
    stops.push(await linkingPageServer(BENCH_PORT + 6, pages.report));
    const anotherSite = `http://127.0.0.1:${BENCH_PORT + 6}/`;
    const fromAnotherSite = {
      reportFromAnotherSite: pages.report,
      reportWithoutCoopFromAnotherSite: pages.reportWithoutCoop,
      floorFromAnotherSite: pages.floor,
    };
    // Before the Lighthouse runs: they block this process for minutes, long enough for the
    // server to close the connections fetch keeps alive, which fetch would then write into.
    const js = {
      report: kb(await scriptBeforeInteraction(`${app.origin}${REPORT}`)),
      figures: kb(await scriptBeforeInteraction(`${app.origin}${REPORT}/figures`)),
    };
    type Name = keyof typeof pages | keyof typeof fromAnotherSite;
    const runs = Object.fromEntries([...Object.keys(pages), ...Object.keys(fromAnotherSite)].map((name) => [name, [] as Run[]])) as Record<Name, Run[]>;
    for (let round = 0; round < RUNS; round++) {
      for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][]) runs[name].push(lighthouse(url));
      for (const [name, url] of Object.entries(fromAnotherSite) as [keyof typeof fromAnotherSite, string][]) runs[name].push(lighthouse(url, anotherSite));
    }
    const result = Object.fromEntries(Object.entries(runs).map(([name, r]) => [name, medianOf(r)])) as Record<Name, Run>;
    for (const [name, r] of Object.entries(result)) {
      console.log(`${name.padEnd(32)} performance ${r.performance}, TBT ${r.tbtMs} ms, CLS ${r.cls}, LCP ${r.lcpMs} ms, transferred ${r.transferredKB} KB (scripts ${r.scriptTransferredKB} KB), a11y ${r.accessibility}, BP ${r.bestPractices}, SEO ${r.seo}`);
    }
    const ratios = {
      reportLcpToFloor: Number((result.report.lcpMs / result.floor.lcpMs).toFixed(2)),
      reportLcpToFloorWithHeaders: Number((result.report.lcpMs / result.floorWithHeaders.lcpMs).toFixed(2)),
      reportWithoutCoopLcpToFloor: Number((result.reportWithoutCoop.lcpMs / result.floor.lcpMs).toFixed(2)),
      fromAnotherSiteReportLcpToFloor: Number((result.reportFromAnotherSite.lcpMs / result.floorFromAnotherSite.lcpMs).toFixed(2)),
      fromAnotherSiteReportTbtMinusFloorMs: result.reportFromAnotherSite.tbtMs - result.floorFromAnotherSite.tbtMs,
      reportBytesToFloor: Number((result.report.transferredKB / result.floor.transferredKB).toFixed(2)),
      reportBytesToPlainNext: Number((result.report.transferredKB / result.plainNext.transferredKB).toFixed(2)),
      reportTbtMinusPlainNextMs: result.report.tbtMs - result.plainNext.tbtMs,
    };
    console.log(`JavaScript evaluated before the first interaction: report ${js.report} KB, figures ${js.figures} KB gzip (target ≤ 10)`);
    console.log(`report LCP / floor LCP = ${ratios.reportLcpToFloor} (target ≤ 1.10); / the floor under the portal's headers ${ratios.reportLcpToFloorWithHeaders}; without COOP / floor ${ratios.reportWithoutCoopLcpToFloor}; transferred: report/floor ${ratios.reportBytesToFloor}, report/plain Next.js ${ratios.reportBytesToPlainNext}`);
    console.log(`from a page on another site: report LCP / floor LCP = ${ratios.fromAnotherSiteReportLcpToFloor}, report TBT − floor TBT = ${ratios.fromAnotherSiteReportTbtMinusFloorMs} ms`);
    console.log('targets: performance ≥ 99, TBT ≤ 50 ms, CLS 0, transferred ≤ 60 KB on the report page');
    return {
      tool: `Lighthouse 12.2.3, mobile, default throttling, http://localhost; median of ${RUNS} interleaved runs; *FromAnotherSite: each run starts on ${anotherSite} instead of about:blank`,
      ...result,
      jsBeforeInteractionGzipKB: js,
      ratios,
      targets: { performance: 99, tbtMs: 50, cls: 0, lcpToFloor: 1.1, transferredKB: 60, jsBeforeInteractionGzipKB: 10 },
    };
  } finally {
    for (const stop of stops.reverse()) stop();
    rmSync(work, { recursive: true, force: true });
  }
}
