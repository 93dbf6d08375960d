import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReport } from '../../lib/report';
import { median } from './stats';

const SEED = path.join(process.cwd(), 'content/reports/wuzhou-2023.md');

/** A report of the seed's size and shape with different numbers and slug. */
export function generated(seed: string, i: number): string {
  return seed
    .replace(/^slug: .*$/m, `slug: generated-${i}`)
    .replace(/\d+(\.\d+)?(?=[个件项%])/g, (n) => String(Number(n) + (i % 97)));
}

/** Median parse time of the seed report, and validate+parse time for 1,000 generated reports. */
export function benchParse() {
  const seed = readFileSync(SEED, 'utf8');
  for (let i = 0; i < 20; i++) readReport(seed, 'seed.md');
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    readReport(seed, 'seed.md');
    times.push(performance.now() - start);
  }
  const seedMs = median(times);
  const sources = Array.from({ length: 1000 }, (_, i) => generated(seed, i));
  const runs: number[] = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (const [i, source] of sources.entries()) {
      const result = readReport(source, `generated-${i}.md`);
      if (!result.report) throw new Error(`generated report ${i} did not validate`);
    }
    runs.push(performance.now() - start);
  }
  const thousandMs = median(runs);
  console.log(`seed report parse, median of 200:      ${seedMs.toFixed(2)} ms  (target ≤ 5 ms)`);
  console.log(`1,000 reports validate+parse, median/3: ${(thousandMs / 1000).toFixed(2)} s  (target ≤ 5 s)`);
  return {
    seedParseMedianMs: Number(seedMs.toFixed(3)),
    seedParseTargetMs: 5,
    thousandReportsSeconds: Number((thousandMs / 1000).toFixed(3)),
    thousandReportsTargetSeconds: 5,
  };
}
