import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folder (relative to the project root) of the bundled page script. */
export const ISLANDS_DIR = 'public/js';

/** The file name of a page-script bundle: portal.<first 12 hex digits of its SHA-256>.js. */
export function islandFileName(code: Uint8Array): string {
  return `portal.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
}

/** URL path of the page script built by `npm run islands`; throws with advice when it is missing. */
export function islandScriptSrc(root = process.cwd()): string {
  const known = scriptSrcs.get(root);
  if (known !== undefined) return known;
  const src = findScriptSrc(root);
  // A build names one script, so it is read once per build process (not once per page); the
  // preview (next dev) rebuilds it when the islands change, so there it is looked up each time.
  if (process.env.NODE_ENV === 'production') scriptSrcs.set(root, src);
  return src;
}

const scriptSrcs = new Map<string, string>();

function findScriptSrc(root: string): string {
  let files: string[] = [];
  try {
    files = readdirSync(path.join(root, ISLANDS_DIR)).filter((f) => /^portal\.[0-9a-f]{12}\.js$/.test(f));
  } catch {
    files = [];
  }
  const [file] = files;
  if (!file) throw new Error(`No page script in ${ISLANDS_DIR}/: run \`npm run islands\` (part of \`npm run build\`).`);
  return `/js/${file}`;
}
