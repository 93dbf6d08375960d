import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { generateReports, listGeneratedIssuers, writeReports } from '../support/generated-reports';
import { copySite } from '../support/site-copy';
import { measure } from './process-tree';
import { writePlainNextSite } from './references';
import { medianBy } from './stats';

/** Report counts added to the real content. */
const COUNTS = [10, 100, 1000] as const;
/** Rounds of warm builds of each count (every file read, rebuild, plain Next.js); the medians stand for it. */
const RUNS = 3;
/** The check's results, kept in the compile cache's folder, that a rebuild reuses for unchanged report files. */
const CHECK_RECORD = 'portal-content.json';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Seconds of one build phase from Next.js's own output ("… in 5.8s", "… in 310ms", "… in 7.2min"). */
function phase(output: string, pattern: RegExp): number | null {
  const m = pattern.exec(output);
  if (!m) return null;
  return round(Number(m[1]) * ({ ms: 0.001, s: 1, min: 60 }[m[2] ?? 's'] ?? NaN));
}
const gb = (bytes: number) => round(bytes / 1024 ** 3, 2);

/** Replaces the copy's generated reports with n new ones from 24 issuers, both yearly kinds, several years (the real content stays). */
function useReports(dir: string, n: number) {
  const reports = path.join(dir, 'content/reports');
  for (const name of readdirSync(reports)) if (name.startsWith('generated-')) rmSync(path.join(reports, name));
  const generated = generateReports(process.cwd(), n);
  writeReports(dir, generated);
  return generated;
}

/**
 * Wall time and peak memory of one build command, with Next.js's phases and prerendered route
 * count. Cold: from no .next at all. Warm: the build output removed but Next.js's compile cache
 * (.next/cache) kept from the build before, as a publishing server keeps it between builds
 * (and as Next.js recommends for CI): what publishing one more report costs.
 */
async function timeBuild(command: string, args: string[], cwd: string, start: 'cold' | 'warm', { forgetChecks = false } = {}) {
  const next = path.join(cwd, '.next');
  if (start === 'cold') rmSync(next, { recursive: true, force: true });
  else for (const name of existsSync(next) ? readdirSync(next) : []) if (name !== 'cache') rmSync(path.join(next, name), { recursive: true, force: true });
  // The check's record of the files it read, which lets the next check skip unchanged ones.
  if (forgetChecks) rmSync(path.join(next, 'cache', CHECK_RECORD), { force: true });
  const result = await measure(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const pages = Number(/Generating static pages[^(]*\((\d+)\/\d+\)/.exec(result.output.split('\n').filter((l) => l.includes('✓ Generating')).join('\n'))?.[1] ?? 0);
  return {
    pages,
    seconds: round(result.ms / 1000),
    peakGB: gb(result.peakTreeBytes),
    largestProcessGB: gb(result.peakProcessBytes),
    phases: {
      compileS: phase(result.output, /Compiled successfully in ([\d.]+)(ms|s|min)/),
      typescriptS: phase(result.output, /Finished TypeScript in ([\d.]+)(ms|s|min)/),
      staticGenerationS: phase(result.output, /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)/),
    },
  };
}

/** Milliseconds per extra report between two runs. */
function slope(runs: readonly { reports: number; seconds: number }[], a: number, b: number): number {
  const at = (n: number) => runs.find((r) => r.reports === n)!;
  return round(((at(b).seconds - at(a).seconds) * 1000) / (b - a));
}

/**
 * `npm run build` (content check, page script, next build, data files, CSP hashes, search index) of the
 * real content plus N generated reports from 24 issuers, both yearly kinds and several years,
 * in a throwaway copy of the site (cold once, then each count in three rounds of warm builds:
 * one reading every report file, one rebuild reusing the check's results; the median of each
 * standing for it): wall time and peak memory of all processes. Beside each, in the same
 * rounds, `next build` of a plain Next.js site of the same pages (tests/bench/references.ts).
 */
export async function benchBuild() {
  const dir = path.join(tmpdir(), `portal-bench-build-${process.pid}`);
  const plain = path.join(tmpdir(), `portal-bench-plain-${process.pid}`);
  copySite(dir);
  listGeneratedIssuers(dir);
  const runs: BuildRun[] = [];
  let cold: (BuildRun & { start: 'cold' }) | undefined;
  try {
    // The first build of each site is cold and fills the compile cache; every count is then
    // built warm RUNS times, the portal and the plain Next.js site alike, and the run with the
    // median wall time stands for the count (the machine is shared: single runs vary by 20%).
    for (const [n, start] of [[COUNTS[0], 'cold'], ...COUNTS.map((c) => [c, 'warm'])] as [number, 'cold' | 'warm'][]) {
      const generated = useReports(dir, n);
      mkdirSync(plain, { recursive: true });
      writePlainNextSite(plain, generated.map((r) => {
        const { data } = matter(r.text);
        return { slug: String(data.slug), text: r.text, issuer: String(data.issuer), year: Number(data.year), kind: r.file.includes('-xxgk-') ? 'xxgk' : 'fzzf' };
      }));
      // Each round: a warm build that reads every report file (the check's earlier results
      // removed), what a build costs when every report is new to it; then a rebuild, which
      // reuses the check's results for the files unchanged since (all of them), as a publishing
      // server's build after a staff commit reuses them for every report but the new one; then
      // the plain Next.js site. Interleaved, so that the machine's moods fall on all three.
      const firstReads = [];
      const portalRuns = [];
      const plainRuns = [];
      for (let i = 0; i < (start === 'cold' ? 1 : RUNS); i += 1) {
        if (start === 'warm') firstReads.push(await timeBuild('npm', ['run', 'build'], dir, start, { forgetChecks: true }));
        portalRuns.push(await timeBuild('npm', ['run', 'build'], dir, start));
        plainRuns.push(await timeBuild(process.execPath, ['node_modules/next/dist/bin/next', 'build'], plain, start));
      }
      const firstRead = firstReads.length > 0 ? medianBy(firstReads, (r) => r.seconds) : null;
      const portal = medianBy(portalRuns, (r) => r.seconds);
      const reference = medianBy(plainRuns, (r) => r.seconds);
      const run = {
        reports: n,
        ...portal,
        secondsOfRuns: portalRuns.map((r) => r.seconds),
        everyFileRead: firstRead ? { seconds: firstRead.seconds, secondsOfRuns: firstReads.map((r) => r.seconds), peakGB: firstRead.peakGB, phases: firstRead.phases } : null,
        plainNext: { pages: reference.pages, seconds: reference.seconds, peakGB: reference.peakGB, secondsOfRuns: plainRuns.map((r) => r.seconds) },
      };
      if (start === 'cold') cold = { ...run, start };
      else runs.push(run);
      console.log(`+${n} reports, ${start}: ${firstRead ? `every file read ${firstRead.seconds} s (median of ${firstReads.map((r) => r.seconds).join(', ')}); rebuild ` : ''}${run.seconds} s${portalRuns.length > 1 ? ` (median of ${run.secondsOfRuns.join(', ')})` : ''} (compile ${portal.phases.compileS} s, TypeScript ${portal.phases.typescriptS} s, static pages ${portal.phases.staticGenerationS} s), `
        + `${portal.pages} prerendered routes, peak ${run.peakGB} GB all processes (largest ${run.largestProcessGB} GB); plain Next.js: ${reference.seconds} s, ${reference.pages} routes`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  }
  return { cold, runsPerCount: RUNS, ...summariseBuild(runs) };
}

/** One measured build, as benchBuild records it. */
type BuildRun = Awaited<ReturnType<typeof timeBuild>> & {
  reports: number;
  secondsOfRuns: number[];
  /** The warm build before the rebuilds, with no earlier check results to reuse (null when cold). */
  everyFileRead: { seconds: number; secondsOfRuns: number[]; peakGB: number; phases: Awaited<ReturnType<typeof timeBuild>>['phases'] } | null;
  plainNext: { pages: number; seconds: number; peakGB: number; secondsOfRuns: number[] };
};

/**
 * The figures of the runs: cost per extra report over wall time, and over the work that
 * depends on the reports (wall time less Turbopack's compile and the TypeScript check, fixed
 * costs that a busy shared machine stretches by minutes from one run to the next); growth
 * between the counts; the plain Next.js site's cost per report and the ratio.
 */
export function summariseBuild(runs: BuildRun[]) {
  const variable = runs.map((r) => ({ reports: r.reports, seconds: r.seconds - (r.phases.compileS ?? 0) - (r.phases.typescriptS ?? 0) }));
  const plainRuns = runs.map((r) => ({ reports: r.reports, seconds: r.plainNext.seconds }));
  const perReportMs = slope(runs, 10, 1000);
  const firstReads = runs.filter((r) => r.everyFileRead).map((r) => ({ reports: r.reports, seconds: r.everyFileRead!.seconds }));
  const everyFileReadMs = firstReads.length === runs.length ? slope(firstReads, 10, 1000) : null;
  const variableMs = slope(variable, 10, 1000);
  const plainPerReportMs = slope(plainRuns, 10, 1000);
  const thousand = runs.find((r) => r.reports === 1000)!;
  const segments = {
    from10to100Ms: slope(runs, 10, 100),
    from100to1000Ms: slope(runs, 100, 1000),
    withoutCompile: { from10to100Ms: slope(variable, 10, 100), from100to1000Ms: slope(variable, 100, 1000) },
  };
  console.log(`cost per extra report: ${perReportMs} ms over wall time (rebuild), ${everyFileReadMs} ms when every report file is read, ${variableMs} ms without compile and TypeScript (target ≤ 40 ms); `
    + `10→100: ${segments.withoutCompile.from10to100Ms} ms, 100→1000: ${segments.withoutCompile.from100to1000Ms} ms (linear when close)`);
  console.log(`plain Next.js of the same pages: ${plainPerReportMs} ms per extra report; ratio ${round(variableMs / plainPerReportMs, 2)}`);
  console.log(`1,000 reports: ${thousand.seconds} s (target ≤ 90 s), peak ${thousand.peakGB} GB (target ≤ 2 GB); plain Next.js ${thousand.plainNext.seconds} s`);
  return {
    runs,
    perExtraReportMs: perReportMs,
    perExtraReportEveryFileReadMs: everyFileReadMs,
    perExtraReportWithoutCompileMs: variableMs,
    perExtraReportTargetMs: 40,
    segmentsMsPerReport: segments,
    plainNextPerExtraReportMs: plainPerReportMs,
    ratioToPlainNext: round(variableMs / plainPerReportMs, 2),
    thousandReports: { seconds: thousand.seconds, targetSeconds: 90, peakGB: thousand.peakGB, targetPeakGB: 2, plainNextSeconds: thousand.plainNext.seconds },
  };
}
