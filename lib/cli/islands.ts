/**
 * `npm run islands` (a step of `npm run build` and `npm run dev`): bundles the page script
 * (components/islands) into public/js/portal.<hash>.js, minified, replacing any older copy.
 * The hash in the name lets servers cache it for a year (immutable).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ISLANDS_DIR, islandFileName } from '../site/islands';

const root = process.cwd();
const result = await build({
  entryPoints: [path.join(root, 'components/islands/index.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  write: false,
  legalComments: 'none',
  alias: { '@': root },
  logLevel: 'warning',
});
const code = result.outputFiles[0]?.contents;
if (!code) throw new Error('esbuild produced no output for components/islands/index.ts');
const dir = path.join(root, ISLANDS_DIR);
mkdirSync(dir, { recursive: true });
for (const old of readdirSync(dir)) rmSync(path.join(dir, old));
const name = islandFileName(code);
writeFileSync(path.join(dir, name), code);
console.log(`page script: ${ISLANDS_DIR}/${name} (${(code.length / 1024).toFixed(1)} KB)`);
