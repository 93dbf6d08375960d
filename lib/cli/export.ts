/**
 * `npm run export`: builds the static site (every page, data file, feed and search index
 * that `npm run build` produces) into a new release, pre-compresses it, writes the nginx CSP
 * map and publishes it by swapping the `out` symlink. Content that fails `npm run report --
 * check`, or any failed step, leaves the published site exactly as it was.
 *
 *   EXPORT_RELOAD="systemctl reload nginx" npm run export
 *
 * runs that command after the new CSP map is written and before the swap (see docs/deploy.md).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { precompress } from '../deploy/compress';
import { listFiles } from '../deploy/files';
import { renderNginxCspMap } from '../deploy/nginx-csp-map';
import type { ReleaseInfo } from '../deploy/release';
import {
  carryOverAssets, newReleaseId, publish, publishedRelease, pruneReleases, readReleaseInfo, releasePaths,
  writeFileAtomic, writeReleaseInfo,
} from '../deploy/release';
import { buildCspManifest } from '../security/csp-manifest';
import { explainCspFailure } from './csp-failure';

const paths = releasePaths(process.cwd());
const id = newReleaseId();
const staging = path.join(paths.releases, `${id}.partial`);
const lock = path.join(paths.releases, '.lock');

const UNCHANGED = '当前发布的网站保持不变。The published site (out/) is unchanged.';

class ExportError extends Error {}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new ExportError(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Files added to public/ after `next build` (the search index) reach the export too. */
function syncPublic(): void {
  const publicDir = path.join(paths.root, 'public');
  if (!existsSync(publicDir)) return;
  for (const name of readdirSync(publicDir)) {
    rmSync(path.join(staging, name), { recursive: true, force: true });
    cpSync(path.join(publicDir, name), path.join(staging, name), { recursive: true });
  }
}

function exportSite(): void {
  const previousId = publishedRelease(paths);
  const previous = previousId ? readReleaseInfo(paths, previousId) : null;

  console.log(`\n== export ${id}: npm run build (static export)`);
  run('npm', ['run', 'build'], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_OUTPUT: 'export',
    EXPORT_DIR: path.relative(paths.root, staging),
  });
  if (!existsSync(path.join(staging, 'index.html'))) throw new ExportError(`the build wrote no ${staging}/index.html`);
  syncPublic();

  let csp: ReturnType<typeof buildCspManifest>;
  try {
    csp = buildCspManifest(staging);
  } catch (error) {
    throw new ExportError(explainCspFailure(error, paths.root));
  }
  const ownAssets = listFiles(staging).filter((f) => f.startsWith('_next/static/'));
  const carried = previous ? carryOverAssets(paths, previous, staging) : 0;
  const gzip = precompress(staging);
  const info: ReleaseInfo = { id, createdAt: new Date().toISOString(), csp, ownAssets };
  writeReleaseInfo(paths, info);
  console.log(`${Object.keys(csp.pages).length} pages; ${carried} assets kept from ${previousId ?? 'no previous release'}; `
    + `${gzip.files} files pre-compressed (${(gzip.bytes / 1024).toFixed(0)} KB → ${(gzip.gzipBytes / 1024).toFixed(0)} KB)`);

  // The map first (holding both releases' hashes), then the reload, then the swap.
  writeFileAtomic(paths.nginxMap, renderNginxCspMap(csp, previous?.csp ?? null, `release ${id}, with ${previousId ?? 'no previous release'}`));
  const reload = process.env.EXPORT_RELOAD;
  if (reload) run('sh', ['-c', reload], process.env);

  renameSync(staging, path.join(paths.releases, id));
  publish(paths, id);
  const removed = pruneReleases(paths, [id, ...(previousId ? [previousId] : [])]);
  console.log(`\n已发布 Published: out → .exports/${id}${removed.length ? ` (removed ${removed.length} old release files)` : ''}`);
  console.log('Note: .next/ now holds the export build; run `npm run build` again before `npm start`.');
}

/** Takes the export lock (a file holding our pid); a lock left by a process that died is taken over. */
function takeLock(): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      const holder = Number(readFileSync(lock, 'utf8'));
      try {
        process.kill(holder, 0);
        return false;
      } catch {
        rmSync(lock, { force: true });
      }
    }
  }
  return false;
}

mkdirSync(paths.releases, { recursive: true });
if (!takeLock()) {
  console.error(`另一个导出正在进行（${lock}）。Another export is running (${lock}).\n${UNCHANGED}`);
  process.exit(1);
}
try {
  exportSite();
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(path.join(paths.releases, `${id}.json`), { force: true });
  console.error(`\n导出失败 Export failed: ${error instanceof Error ? error.message : String(error)}\n${UNCHANGED}`);
  process.exitCode = 1;
} finally {
  rmSync(lock, { force: true });
}
