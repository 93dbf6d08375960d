import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copySite } from '../support/site-copy';
import { generated } from './parse';
import { measure } from './process-tree';

/** Report counts added to the real content. */
const COUNTS = [10, 100, 1000] as const;

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Seconds of one build phase from Next.js's own output ("… in 5.8s", "… in 310ms", "… in 7.2min"). */
function phase(output: string, pattern: RegExp): number | null {
  const m = pattern.exec(output);
  if (!m) return null;
  return round(Number(m[1]) * ({ ms: 0.001, s: 1, min: 60 }[m[2] ?? 's'] ?? NaN));
}
const gb = (bytes: number) => round(bytes / 1024 ** 3, 2);

/** Replaces the copy's generated reports with n new ones (the real content stays). */
function generateReports(dir: string, n: number): void {
  const reports = path.join(dir, 'content/reports');
  for (const name of readdirSync(reports)) if (name.startsWith('generated-')) rmSync(path.join(reports, name));
  const seed = readFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), 'utf8');
  for (let i = 0; i < n; i++) writeFileSync(path.join(reports, `generated-${i}.md`), generated(seed, i));
}

/**
 * `npm run build` (content check, next build, CSP hashes and whatever else the script runs,
 * the search index included) of the real content plus N generated reports, in a throwaway
 * copy of the site, from a clean .next each time: wall time and peak memory of all processes.
 */
export async function benchBuild() {
  const dir = path.join(tmpdir(), `portal-bench-build-${process.pid}`);
  copySite(dir);
  const runs: {
    reports: number; pages: number; seconds: number; peakGB: number; largestProcessGB: number;
    phases: { compileS: number | null; typescriptS: number | null; staticGenerationS: number | null };
  }[] = [];
  try {
    for (const n of COUNTS) {
      generateReports(dir, n);
      rmSync(path.join(dir, '.next'), { recursive: true, force: true });
      const result = await measure('npm', ['run', 'build'], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      const pages = Number(/Generating static pages[^(]*\((\d+)\/\d+\)/.exec(result.output.split('\n').filter((l) => l.includes('✓ Generating')).join('\n'))?.[1] ?? 0);
      const phases = {
        compileS: phase(result.output, /Compiled successfully in ([\d.]+)(ms|s|min)/),
        typescriptS: phase(result.output, /Finished TypeScript in ([\d.]+)(ms|s|min)/),
        staticGenerationS: phase(result.output, /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)/),
      };
      const run = { reports: n, pages, seconds: round(result.ms / 1000), peakGB: gb(result.peakTreeBytes), largestProcessGB: gb(result.peakProcessBytes), phases };
      runs.push(run);
      console.log(`+${n} reports: ${run.seconds} s (compile ${phases.compileS} s, TypeScript ${phases.typescriptS} s, static pages ${phases.staticGenerationS} s), `
        + `${pages} prerendered routes, peak ${run.peakGB} GB all processes (largest ${run.largestProcessGB} GB)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const at = (n: number) => runs.find((r) => r.reports === n)!;
  const slope = (a: number, b: number) => round(((at(b).seconds - at(a).seconds) * 1000) / (b - a));
  const perReportMs = slope(10, 1000);
  const thousand = at(1000);
  const segments = { from10to100Ms: slope(10, 100), from100to1000Ms: slope(100, 1000) };
  console.log(`cost per extra report: ${perReportMs} ms (target ≤ 40 ms); 10→100: ${segments.from10to100Ms} ms, 100→1000: ${segments.from100to1000Ms} ms (linear when close)`);
  console.log(`1,000 reports: ${thousand.seconds} s (target ≤ 90 s), peak ${thousand.peakGB} GB (target ≤ 2 GB)`);
  return {
    runs,
    perExtraReportMs: perReportMs,
    perExtraReportTargetMs: 40,
    segmentsMsPerReport: segments,
    thousandReports: { seconds: thousand.seconds, targetSeconds: 90, peakGB: thousand.peakGB, targetPeakGB: 2 },
  };
}
