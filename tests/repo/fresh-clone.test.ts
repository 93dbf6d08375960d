import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir';

/** Set for the run inside the clone, so that it does not clone again. */
const INNER = 'FRESH_CLONE_INNER';

/**
 * True when this run is already what the test would make: CI on a clean clone of the committed
 * state, with no ../shared beside it. Every unit test is then running in a fresh clone, and
 * running them all a second time (most of this suite's wall time) would prove nothing more.
 */
function alreadyAFreshClone(): boolean {
  if (!process.env.CI || existsSync(path.join(process.cwd(), '..', 'shared'))) return false;
  const status = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  return status.status === 0 && status.stdout.trim() === '';
}

describe.skipIf(process.env[INNER] || alreadyAFreshClone())('a fresh clone', () => {
  it('passes the unit tests in an empty folder, with nothing beside it', () => {
    const parent = tempDir('fresh-clone');
    const clone = path.join(parent, 'portal');
    // The committed state, as a user's `git clone` gets it.
    const cloned = spawnSync('git', ['clone', '--quiet', process.cwd(), clone], { encoding: 'utf8' });
    expect(cloned.status, cloned.stderr).toBe(0);
    // `npm ci` would fetch the same packages from the registry; use the installed ones instead.
    symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(clone, 'node_modules'));
    expect(readdirSync(parent)).toEqual(['portal']);
    expect(existsSync(path.join(parent, 'shared'))).toBe(false);

    // It runs beside the rest of the suite on a shared machine: give its slowest tests (which
    // start CLI processes) room, since the question here is only whether they pass at all.
    const run = spawnSync('npx', ['vitest', 'run', '--maxWorkers=1', '--testTimeout=180000', '--hookTimeout=60000'], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, [INNER]: '1', NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    expect(run.status, output.slice(-6000)).toBe(0);
    expect(output).toMatch(/Tests\s+\d+ passed/);
  }, 900_000);
});
