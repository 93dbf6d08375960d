import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A throwaway copy of the portal (the working tree's tracked and new files, without build
 * output) for building the site with other content: generated reports for the build
 * benchmark, the XSS fixture for the hostile-content test. content/ of the repository is
 * never touched. node_modules is hard-linked (about 2 s) when the file system allows it:
 * Turbopack refuses a node_modules symlinked from outside the project.
 */
export function copySite(dest: string, root = process.cwd()): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const target = path.join(dest, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      copyFileSync(path.join(root, file), target);
    } catch {
      // deleted in the working tree but still in the index
    }
  }
  try {
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dest, 'node_modules')]);
  } catch {
    rmSync(path.join(dest, 'node_modules'), { recursive: true, force: true });
    execFileSync('cp', ['-a', path.join(root, 'node_modules'), path.join(dest, 'node_modules')]);
  }
}

/**
 * Gives a copy the checkout's Turbopack build cache (.next/cache/turbopack), a copy of it, so
 * that building the copy, whose code is the checkout's, compiles from the cache (about 15 s
 * instead of a minute on two cores) instead of from scratch. Content is read at run time,
 * never compiled in, so the copy's other reports change nothing the cache holds.
 */
export function seedBuildCache(dest: string, root = process.cwd()): void {
  const cache = path.join(root, '.next/cache/turbopack');
  if (existsSync(cache)) cpSync(cache, path.join(dest, '.next/cache/turbopack'), { recursive: true });
}

/**
 * Runs an npm script in a copy, inheriting output; throws when it fails. A build there skips
 * Next's TypeScript check (PORTAL_SITE_COPY, next.config.ts): the copy's code is the
 * checkout's, which `npm test` type-checks in its own build.
 */
export function runNpm(dir: string, script: string, env: Record<string, string> = {}): void {
  execFileSync('npm', ['run', script], { cwd: dir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORTAL_SITE_COPY: '1', ...env } });
}
