import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkNodeModules } from '../support/site-copy';
import { tempDir } from '../temp-dir';

/** Set for the run inside the clone, so that it does not clone again. */
const INNER = 'FRESH_CLONE_INNER';

describe.skipIf(process.env[INNER])('a fresh clone', () => {
  it('passes the unit tests in an empty folder, with nothing beside it', () => {
    const parent = tempDir('fresh-clone');
    const clone = path.join(parent, 'portal');
    // The committed state, as a user's `git clone` gets it.
    const cloned = spawnSync('git', ['clone', '--quiet', process.cwd(), clone], { encoding: 'utf8' });
    expect(cloned.status, cloned.stderr).toBe(0);
    // `npm ci` would fetch the same packages from the registry; link the installed ones instead.
    linkNodeModules(process.cwd(), clone);
    expect(readdirSync(parent)).toEqual(['portal']);
    expect(existsSync(path.join(parent, 'shared'))).toBe(false);

    const run = spawnSync('npx', ['vitest', 'run', '--maxWorkers=1'], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, [INNER]: '1', NEXT_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output.slice(-6000)).toBe(0);
    expect(output).toMatch(/Tests\s+\d+ passed/);
  }, 900_000);
});
