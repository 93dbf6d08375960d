import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTsx, scratchDirs } from './run-cli';

const CLI = 'lib/cli/search-index.ts';
const scratch = scratchDirs('search-index-');

/** A project folder with a published index and, if asked, a newer one staged by a build. */
function project({ staged }: { staged: boolean }): string {
  const dir = scratch();
  mkdirSync(path.join(dir, 'public', 'pagefind'), { recursive: true });
  writeFileSync(path.join(dir, 'public', 'pagefind', 'pagefind-entry.json'), 'published');
  if (staged) {
    mkdirSync(path.join(dir, '.next', 'pagefind'), { recursive: true });
    writeFileSync(path.join(dir, '.next', 'pagefind', 'pagefind-entry.json'), 'staged');
  }
  return dir;
}

describe('npm run index -- --publish: the build’s last step', () => {
  it('replaces the published search index with the one the build staged', () => {
    const cwd = project({ staged: true });
    const run = runTsx(CLI, ['--publish'], cwd);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(cwd, 'public', 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe('staged');
    expect(existsSync(path.join(cwd, '.next', 'pagefind'))).toBe(false);
  }, 60_000);

  it('leaves the published index alone, and says why in Chinese, when the build staged none', () => {
    const cwd = project({ staged: false });
    const run = runTsx(CLI, ['--publish'], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有可发布的搜索索引');
    expect(readFileSync(path.join(cwd, 'public', 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe('published');
  }, 60_000);
});
