/**
 * `npm run index` (the last step of `npm run build`): builds the Pagefind search index of
 * every prerendered page into public/pagefind/, served by the portal itself. Pages come from
 * both routers' output: .next/server/app (App Router) and .next/server/pages (the report and
 * figures pages). Only the report text (data-pagefind-body) is indexed.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PRERENDERED_DIRS } from '../security/csp-manifest';

const root = process.cwd();
const outputPath = path.join(root, 'public', 'pagefind');

const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const dir of PRERENDERED_DIRS) {
  const full = path.join(root, '.next', dir);
  if (!existsSync(full)) continue;
  const added = await index.addDirectory({ path: full, glob: '**/*.html' });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  pages += added.page_count;
}
rmSync(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${pages} pages into public/pagefind/`);
