/**
 * `npm run mutation`: runs Stryker (stryker.config.mjs) over lib/report, lib/content and
 * lib/import, prints each folder's mutation score, writes them to bench/results.json
 * (`mutation`) and fails when a folder is below THRESHOLD. Incremental: a run after a change
 * tests again only the mutants of changed code or changed tests.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeResults } from '../bench/results';
import type { MutationReport } from './scores';
import { folderScores, foldersBelow, THRESHOLD } from './scores';

const REPORT = path.join(process.cwd(), 'reports', 'mutation', 'mutation.json');

const started = performance.now();
const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (stryker.status !== 0) process.exit(stryker.status ?? 1);
const runSeconds = Math.round((performance.now() - started) / 1000);

const scores = folderScores(JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport);
console.log('\nmutation score = killed ÷ (killed + survived + no coverage)\n');
console.table(Object.fromEntries(scores.map(({ folder, ...counts }) => [folder, counts])));
writeResults({ mutation: { runSeconds, threshold: THRESHOLD, folders: Object.fromEntries(scores.map(({ folder, ...counts }) => [folder, counts])) } });

const below = foldersBelow(scores);
for (const s of below) console.error(`${s.folder}: mutation score ${s.score}% is below ${THRESHOLD}%`);
process.exit(below.length > 0 ? 1 : 0);
