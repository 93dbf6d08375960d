/**
 * `npm run bench`: prints figures and writes them to bench/results.json. Not a test: this
 * machine is shared and noisy, so targets are reported beside figures, never asserted.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { benchBuild } from './build';
import { benchPages } from './page-weight';
import { benchWeight } from './reading-weight';
import { benchDisclosure } from './disclosure';
import { benchParse } from './parse';
import { benchServe } from './serve';

const RESULTS = path.join(process.cwd(), 'bench', 'results.json');

type Figures = Record<string, unknown>;

function readResults(): Figures {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8')) as Figures;
  } catch {
    return {};
  }
}

const only = process.argv.slice(2);
const results = readResults();
const suites: Record<string, () => Promise<Figures> | Figures> = { parse: benchParse, disclosure: benchDisclosure, pages: benchPages, weight: benchWeight, build: benchBuild, serve: benchServe };
for (const [name, run] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  const figures = await run();
  results[name] = { ...figures, measuredAt: new Date().toISOString() };
}
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${path.relative(process.cwd(), RESULTS)}`);
