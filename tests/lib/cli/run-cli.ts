import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { main } from '@/lib/cli/main';

/** The project root (tests run from it). */
export const ROOT = process.cwd();

/** Runs `npm run report -- …args` in this process, in `cwd`, capturing what it prints. */
export async function runCli(args: readonly string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: path.resolve(cwd),
    out: (text) => { stdout += `${text}\n`; },
    err: (text) => { stderr += `${text}\n`; },
  });
  return { code, stdout, stderr };
}

/** Runs a CLI file (`lib/cli/…`) with tsx in `cwd`, as `npm run` would, and returns what it printed. */
export function runTsx(file: string, args: readonly string[], cwd: string) {
  return spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, file), ...args], { cwd, encoding: 'utf8' });
}

/** A fresh scratch folder per call, each removed after its test. */
export function scratchDirs(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
