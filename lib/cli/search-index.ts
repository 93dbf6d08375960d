/**
 * `npm run index` (a step of `npm run build`, after `next build`, beside the data files and the
 * CSP hashes): builds the Pagefind search index of the prerendered report pages into
 * .next/pagefind/. `npm run index -- --publish` (the build's last step, once every step before
 * it has succeeded) then moves it to public/pagefind/, where the portal serves it. So a build
 * that fails in any step leaves the published index as it was, matching the pages still served.
 *
 * Pages come from both routers' output: .next/server/app (App Router) and .next/server/pages
 * (the report and figures pages). Only the report text (data-pagefind-body) is indexed, so only
 * the pages that carry it are handed to Pagefind: it would parse every other page (figures,
 * lists, about half of a many-report site's HTML) only to skip it.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PRERENDERED_DIRS } from '../security/csp-manifest';

const root = process.cwd();
const stagedPath = path.join(root, '.next', 'pagefind');
const publishedPath = path.join(root, 'public', 'pagefind');
const SEARCH_BODY = 'data-pagefind-body';

/**
 * Pages handed to Pagefind at a time. Its indexer answers one page at a time when each waits
 * for the last, and is idle while this process reads the next file; with pages in flight it
 * always has the next one. At 1,000 reports, adding the pages took 8.7–9.3 s one by one and
 * 6.3–7.3 s with 16 in flight (the whole step: 16.2–17.3 s, then 15.5–15.7 s); the index
 * written is the same, byte for byte, as Pagefind orders pages by URL, not by arrival.
 */
const IN_FLIGHT = 16;

/** Every prerendered page, by path under .next/ (only those carrying the report text are indexed). */
function prerenderedPages(): { file: string; full: string }[] {
  const pages: { file: string; full: string }[] = [];
  for (const dir of PRERENDERED_DIRS) {
    const full = path.join(root, '.next', dir);
    if (!existsSync(full)) continue;
    const files = readdirSync(full, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
    for (const file of files) pages.push({ file, full: path.join(full, file) });
  }
  return pages;
}

/** Indexes the report pages of the build into .next/pagefind/; returns how many. */
async function buildIndex(): Promise<number> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const queue = prerenderedPages();
  let pages = 0;
  const addNext = async (): Promise<void> => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      const content = readFileSync(page.full, 'utf8');
      if (!content.includes(SEARCH_BODY)) continue;
      // sourcePath gives the page the URL Pagefind's addDirectory would (reports/x.html).
      const added = await index.addHTMLFile({ sourcePath: page.file.split(path.sep).join('/'), content });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${page.file}: ${added.errors.join('; ')}`);
      pages += 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, addNext));
  rmSync(stagedPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: stagedPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages;
}

/** Replaces public/pagefind/ with the index the build staged. */
function publishIndex(): void {
  if (!existsSync(stagedPath)) {
    console.error('没有可发布的搜索索引（.next/pagefind/）：请先运行 npm run build。');
    process.exit(1);
  }
  rmSync(publishedPath, { recursive: true, force: true });
  renameSync(stagedPath, publishedPath);
  console.log('search index: published into public/pagefind/');
}

if (process.argv.includes('--publish')) publishIndex();
else console.log(`search index: ${await buildIndex()} report pages into .next/pagefind/ (published by the build's last step)`);
