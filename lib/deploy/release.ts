import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CspManifest } from '../security/csp-manifest';

/**
 * Releases of the static export and their atomic publication.
 *
 *   out                     → symlink to .exports/<id>, the published web root
 *   .exports/<id>/          one complete export
 *   .exports/<id>.json      what the release was built with (CSP hashes, its own assets)
 *   out.nginx-csp.conf      the nginx CSP map for the published release
 *
 * A release is written in full under a temporary name, then published with rename(2) of a
 * symlink over `out`, which is atomic: a web server sees the old site or the new one, never a
 * mix, and a failed export never touches `out`.
 */

/** What is recorded about a release. */
export interface ReleaseInfo {
  id: string;
  createdAt: string;
  csp: CspManifest;
  /** Files under _next/static that this build produced (not carried over from the one before). */
  ownAssets: string[];
}

/** The layout of releases under a project root. */
export interface ReleasePaths {
  root: string;
  releases: string;
  out: string;
  nginxMap: string;
}

/** Release paths under a project root. */
export function releasePaths(root: string): ReleasePaths {
  return {
    root,
    releases: path.join(root, '.exports'),
    out: path.join(root, 'out'),
    nginxMap: path.join(root, 'out.nginx-csp.conf'),
  };
}

/** A sortable release id: UTC time and process id (20250121T085500Z-1234). */
export function newReleaseId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${process.pid}`;
}

/** The id of the published release, or null when none is (or `out` is not a release link). */
export function publishedRelease(paths: ReleasePaths): string | null {
  try {
    if (!lstatSync(paths.out).isSymbolicLink()) return null;
    const target = path.basename(readlinkSync(paths.out));
    return existsSync(path.join(paths.releases, target)) ? target : null;
  } catch {
    return null;
  }
}

/** The recorded info of a release, or null. */
export function readReleaseInfo(paths: ReleasePaths, id: string): ReleaseInfo | null {
  try {
    return JSON.parse(readFileSync(path.join(paths.releases, `${id}.json`), 'utf8')) as ReleaseInfo;
  } catch {
    return null;
  }
}

/** Records a release's info. */
export function writeReleaseInfo(paths: ReleasePaths, info: ReleaseInfo): void {
  writeFileSync(path.join(paths.releases, `${info.id}.json`), `${JSON.stringify(info)}\n`);
}

/** Writes a file so that readers see the old content or the new, never a partial file. */
export function writeFileAtomic(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

/**
 * Copies the previous release's own hashed assets that the new one lacks, so a page of the
 * old release still held by a browser or a cache (HTML lives up to a minute) keeps its scripts
 * and styles after the swap. Only one release back: assets do not pile up.
 */
export function carryOverAssets(paths: ReleasePaths, previous: ReleaseInfo, releaseDir: string): number {
  let copied = 0;
  for (const file of previous.ownAssets) {
    const target = path.join(releaseDir, file);
    const source = path.join(paths.releases, previous.id, file);
    if (existsSync(target) || !existsSync(source)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
    if (existsSync(`${source}.gz`)) copyFileSync(`${source}.gz`, `${target}.gz`);
    copied += 1;
  }
  return copied;
}

/** Points `out` at a release in one atomic rename. */
export function publish(paths: ReleasePaths, id: string): void {
  const link = `${paths.out}.${process.pid}.tmp`;
  rmSync(link, { force: true });
  symlinkSync(path.join(path.basename(paths.releases), id), link);
  try {
    if (lstatSync(paths.out).isDirectory()) {
      // An `out/` directory from a plain `next build` export: move it aside once.
      renameSync(paths.out, path.join(paths.releases, `legacy-out-${id}`));
    }
  } catch {
    // nothing published yet
  }
  renameSync(link, paths.out);
}

/** Deletes every release except the ones kept (the published one and the one before). */
export function pruneReleases(paths: ReleasePaths, keep: readonly string[]): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(paths.releases)) {
    const id = name.replace(/\.json$/, '');
    if (keep.includes(id) || name.startsWith('.')) continue;
    rmSync(path.join(paths.releases, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
