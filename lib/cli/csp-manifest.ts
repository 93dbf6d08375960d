/**
 * `npm run csp` (a step of `npm run build`, after `next build`, beside the data files and the
 * search index): hashes every inline script of every
 * prerendered page into .next/csp-manifest.json, which lib/server/start.ts turns into each page's
 * Content-Security-Policy under `npm start`. Fails the build on an inline script of
 * unknown shape, naming the report file and line it came from.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCspManifest, CSP_MANIFEST_FILE, PRERENDERED_DIRS } from '../security/csp-manifest';
import { explainCspFailure } from './csp-failure';

const distDir = path.join(process.cwd(), '.next');
try {
  const manifest = buildCspManifest(...PRERENDERED_DIRS.map((dir) => path.join(distDir, dir)).filter((dir) => existsSync(dir)));
  writeFileSync(path.join(distDir, CSP_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest.pages).length} pages into .next/${CSP_MANIFEST_FILE}`);
} catch (error) {
  console.error(explainCspFailure(error, process.cwd()));
  process.exit(1);
}
