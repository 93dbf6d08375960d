import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The project root (tests run from it). */
export const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'lib/cli/report.ts');

/** Runs `npm run report -- …args` the way npm does (tsx on the CLI), in `cwd`. */
export function runCli(args: readonly string[], cwd = ROOT) {
  const result = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
