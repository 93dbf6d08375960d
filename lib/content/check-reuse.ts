import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CacheFile } from './content-cache';
import type { CheckedFile, CheckReuse } from './load';

/**
 * What `report check --cache` reuses from the last check that passed: reading a report is pure
 * (lib/report reads no clock and no environment), so a file whose text has not changed, read
 * by code that has not changed, gives what it gave before. At 1,000 reports the check reads
 * every file in 15–17 s and reuses them in about 5 s. The checks across files (issuers, slugs,
 * one report per issuer, kind and year) always run on every report. Only the build's check
 * uses this (lib/cli/check-command.ts); the preview and the pages never do.
 */

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * A hash of the code that reads reports: every file of lib/ (the parser, its checks and what
 * they import) and the locked dependency versions (remark, micromark, zod…). A change to any of
 * them makes the next check read every file again.
 */
export function readerFingerprint(): string {
  const hash = createHash('sha256');
  // The lib/ of the code running, wherever the content it checks is.
  const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const root = path.dirname(lib);
  for (const file of readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|js|mjs|json)$/.test(f)).sort()) {
    hash.update(`${file}\0`).update(readFileSync(path.join(lib, file))).update('\0');
  }
  try {
    hash.update(readFileSync(path.join(root, 'package-lock.json')));
  } catch {
    hash.update('no lock file');
  }
  return hash.digest('hex');
}

/** A check's results to reuse, and those it records for the next check. */
export interface PreviousChecks extends CheckReuse {
  /** How many files were not read again. */
  readonly reused: number;
  /** What this check found, by report file. */
  readonly recorded: Map<string, { source: string } & CheckedFile>;
  readonly code: string;
}

/**
 * The results recorded by the last check that passed (in the cache `file`), to reuse for
 * report files that have not changed since, when the code reading them has not either.
 * Anything unreadable or from other code gives nothing to reuse: every file is read again.
 */
export function previousChecks(file: string, root: string): PreviousChecks {
  const code = readerFingerprint();
  const earlier = new Map<string, { source: string } & CheckedFile>();
  try {
    const cached = JSON.parse(readFileSync(path.resolve(root, file), 'utf8')) as CacheFile;
    if (cached.checked?.code === code) {
      for (const [name, entry] of Object.entries(cached.checked.files)) {
        const report = cached.reports[entry.report];
        if (report) earlier.set(name, { source: entry.source, report, problems: entry.problems, warnings: entry.warnings });
      }
    }
  } catch {
    // No earlier check, or one that cannot be read: nothing to reuse.
  }
  const recorded = new Map<string, { source: string } & CheckedFile>();
  let reused = 0;
  return {
    code,
    recorded,
    get reused() {
      return reused;
    },
    get(name, source) {
      const entry = earlier.get(name);
      if (!entry || entry.source !== sha256(source)) return null;
      reused += 1;
      return entry;
    },
    set(name, source, checked) {
      recorded.set(name, { source: sha256(source), ...checked });
    },
  };
}
