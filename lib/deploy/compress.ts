import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { listFiles } from './files';

/**
 * Pre-compresses a static export so that nginx's gzip_static serves `x.gz` for `x` without
 * compressing on every request (on-the-fly gzip cut nginx's throughput 7–17× here).
 */

/** Text formats worth compressing. Pagefind's index files are gzip already and left alone. */
const COMPRESSIBLE = /\.(?:html|txt|js|mjs|css|json|xml|csv|svg|map|webmanifest)$/i;
/** Below this, the gzip header outweighs the saving. */
const MIN_BYTES = 256;

/** Writes `file.gz` beside every compressible file of dir; returns counts and sizes. */
export function precompress(dir: string): { files: number; bytes: number; gzipBytes: number } {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of listFiles(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const full = path.join(dir, file);
    const body = readFileSync(full);
    if (body.length < MIN_BYTES) continue;
    const gz = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
    if (gz.length >= body.length * 0.9) continue;
    writeFileSync(`${full}.gz`, gz);
    // The same modification time, so Last-Modified and ETag agree whichever file nginx sends.
    const { atime, mtime } = statSync(full);
    utimesSync(`${full}.gz`, atime, mtime);
    files += 1;
    bytes += body.length;
    gzipBytes += gz.length;
  }
  return { files, bytes, gzipBytes };
}
