/**
 * `npm run index` (the last step of `npm run build`): builds the Pagefind search index of the
 * prerendered report pages into public/pagefind/, served by the portal itself. Pages come from
 * both routers' output: .next/server/app (App Router) and .next/server/pages (the report and
 * figures pages). Only the report text (data-pagefind-body) is indexed, so only the pages that
 * carry it are handed to Pagefind: it would parse every other page (figures, lists, about
 * half of a many-report site's HTML) only to skip it.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PRERENDERED_DIRS } from '../security/csp-manifest';

const root = process.cwd();
const outputPath = path.join(root, 'public', 'pagefind');
const SEARCH_BODY = 'data-pagefind-body';

const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const dir of PRERENDERED_DIRS) {
  const full = path.join(root, '.next', dir);
  if (!existsSync(full)) continue;
  const files = readdirSync(full, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) {
    const content = readFileSync(path.join(full, file), 'utf8');
    if (!content.includes(SEARCH_BODY)) continue;
    // sourcePath gives the page the URL Pagefind's addDirectory would (reports/x.html).
    const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
    pages += 1;
  }
}
rmSync(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${pages} report pages into public/pagefind/`);
