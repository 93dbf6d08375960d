import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompress } from '@/lib/deploy/compress';
import { carryOverAssets, publish, publishedRelease, pruneReleases, releasePaths } from '@/lib/deploy/release';

function release(root: string, id: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, '.exports', id, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

describe('publishing a release', () => {
  it('points out at the release through one symlink, replacing the one before', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'release-'));
    const paths = releasePaths(root);
    release(root, 'a', { 'index.html': 'A' });
    publish(paths, 'a');
    expect(readFileSync(path.join(root, 'out/index.html'), 'utf8')).toBe('A');
    release(root, 'b', { 'index.html': 'B' });
    publish(paths, 'b');
    expect(readlinkSync(path.join(root, 'out'))).toBe(path.join('.exports', 'b'));
    expect(readFileSync(path.join(root, 'out/index.html'), 'utf8')).toBe('B');
    expect(publishedRelease(paths)).toBe('b');
  });

  it('moves a plain out/ directory aside the first time', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'release-'));
    mkdirSync(path.join(root, 'out'));
    writeFileSync(path.join(root, 'out/index.html'), 'old');
    release(root, 'a', { 'index.html': 'A' });
    publish(releasePaths(root), 'a');
    expect(readFileSync(path.join(root, 'out/index.html'), 'utf8')).toBe('A');
    expect(readdirSync(path.join(root, '.exports'))).toContain('legacy-out-a');
  });

  it('keeps the previous release\'s own hashed assets, one release back only', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'release-'));
    const paths = releasePaths(root);
    release(root, 'a', { '_next/static/chunks/a.js': 'a', '_next/static/chunks/shared.js': 'old' });
    release(root, 'b', { '_next/static/chunks/b.js': 'b', '_next/static/chunks/shared.js': 'new' });
    const copied = carryOverAssets(paths, { id: 'a', createdAt: '', csp: { fallback: [], pages: {} }, ownAssets: ['_next/static/chunks/a.js', '_next/static/chunks/shared.js'] }, path.join(root, '.exports/b'));
    expect(copied).toBe(1);
    expect(existsSync(path.join(root, '.exports/b/_next/static/chunks/a.js'))).toBe(true);
    expect(readFileSync(path.join(root, '.exports/b/_next/static/chunks/shared.js'), 'utf8')).toBe('new');
  });

  it('prunes every release but the ones kept', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'release-'));
    for (const id of ['a', 'b', 'c']) {
      release(root, id, { 'index.html': id });
      writeFileSync(path.join(root, '.exports', `${id}.json`), '{}');
    }
    pruneReleases(releasePaths(root), ['b', 'c']);
    expect(readdirSync(path.join(root, '.exports')).sort()).toEqual(['b', 'b.json', 'c', 'c.json']);
  });
});

describe('pre-compression', () => {
  it('writes x.gz beside compressible files worth compressing, and leaves the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gz-'));
    writeFileSync(path.join(dir, 'page.html'), '<p>年度报告</p>'.repeat(200));
    writeFileSync(path.join(dir, 'tiny.html'), '<p>x</p>');
    writeFileSync(path.join(dir, 'index.pf_index'), 'x'.repeat(5000));
    const result = precompress(dir);
    expect(result.files).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['index.pf_index', 'page.html', 'page.html.gz', 'tiny.html']);
  });
});
