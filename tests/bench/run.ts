/**
 * `npm run bench`: prints figures and writes them to bench/results.json. Not a test: this
 * machine is shared and noisy, so targets are reported beside figures, never asserted.
 */
import path from 'node:path';
import { benchBuild } from './build';
import { benchPages } from './page-weight';
import { benchWeight } from './reading-weight';
import { benchDisclosure } from './disclosure';
import { benchParse } from './parse';
import { benchServe } from './serve';
import type { Figures } from './results';
import { RESULTS, writeResults } from './results';

const only = process.argv.slice(2);
const suites: Record<string, () => Promise<Figures> | Figures> = { parse: benchParse, disclosure: benchDisclosure, pages: benchPages, weight: benchWeight, build: benchBuild, serve: benchServe };
const measured: Record<string, Figures> = {};
for (const [name, run] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  measured[name] = await run();
}
writeResults(measured);
console.log(`\nwritten to ${path.relative(process.cwd(), RESULTS)}`);
