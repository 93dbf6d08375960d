import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** bench/results.json: the figures of every benchmark, one entry per suite. */
export const RESULTS = path.join(process.cwd(), 'bench', 'results.json');

/** Figures of one suite. */
export type Figures = Record<string, unknown>;

/** Every suite's figures as last written; {} when there are none yet. */
export function readResults(): Figures {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8')) as Figures;
  } catch {
    return {};
  }
}

/** Replaces the entries of the given suites, stamped with the time of measurement, and keeps the others. */
export function writeResults(suites: Record<string, Figures>): void {
  const results = readResults();
  const measuredAt = new Date().toISOString();
  for (const [name, figures] of Object.entries(suites)) results[name] = { ...figures, measuredAt };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}
