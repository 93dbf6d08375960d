import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, loadContent } from '@/lib/content';
import { CONTENT_CACHE_ENV } from '@/lib/content/content-cache';
import { tempDir } from '../../temp-dir';
import { ROOT, runCli } from '../cli/run-cli';

const CACHE = '.next/cache/portal-content.json';

/** A copy of content/ with the fixture 年报 beside the real report. */
function contentCopy(): string {
  const dir = tempDir('content-cache');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/disclosure/shili-2023.md'), path.join(dir, 'content/reports/shili-2023.md'));
  writeFileSync(path.join(dir, 'content/site.yaml'), `${readFileSync(path.join(dir, 'content/site.yaml'), 'utf8')}  - name: 示例市人民政府\n    slug: shili\n    type: 政府\n`);
  return dir;
}

/** Changes the title of every cached report, keeping the cache's fingerprint, so a test can tell the cache was read. */
function markCache(dir: string): void {
  const file = path.join(dir, CACHE);
  const cached = JSON.parse(readFileSync(file, 'utf8')) as { reports: { meta: { title: string } }[] };
  for (const report of cached.reports) report.meta.title = `缓存：${report.meta.title}`;
  writeFileSync(file, JSON.stringify(cached));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the parsed content handed from check to the build (npm run build)', () => {
  it('is written by check --cache and read back equal to a fresh parse', async () => {
    const dir = contentCopy();
    expect(checkContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { code } = await runCli(['check', '--cache', CACHE], dir);
    expect(code).toBe(0);
    vi.stubEnv(CONTENT_CACHE_ENV, CACHE);
    const handed = loadContent(dir);
    vi.stubEnv(CONTENT_CACHE_ENV, '');
    const parsed = loadContent(dir);
    expect(handed.reports.map((r) => r.meta.slug).sort()).toEqual(['shili-xxgk-2023', 'wuzhou-2023']);
    expect(handed).toEqual(parsed);
  });

  it('is what the build reads instead of parsing again', async () => {
    const dir = contentCopy();
    await runCli(['check', '--cache', CACHE], dir);
    markCache(dir);
    vi.stubEnv(CONTENT_CACHE_ENV, CACHE);
    expect(loadContent(dir).reports.every((r) => r.meta.title.startsWith('缓存：'))).toBe(true);
  });

  it('is ignored once a report file changes after the check, so the build never shows a stale report', async () => {
    const dir = contentCopy();
    await runCli(['check', '--cache', CACHE], dir);
    markCache(dir);
    const file = path.join(dir, 'content/reports/wuzhou-2023.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 梧州市2023年度法治政府建设工作报告', 'title: 梧州市2023年度法治政府建设工作报告（修订）'));
    vi.stubEnv(CONTENT_CACHE_ENV, CACHE);
    const titles = loadContent(dir).reports.map((r) => r.meta.title);
    expect(titles).toContain('梧州市2023年度法治政府建设工作报告（修订）');
    expect(titles.some((t) => t.startsWith('缓存：'))).toBe(false);
  });

  it('is ignored once a report file is added, and the new file is published', async () => {
    const dir = contentCopy();
    await runCli(['check', '--cache', CACHE], dir);
    markCache(dir);
    cpSync(path.join(ROOT, 'tests/fixtures/disclosure/shili-2022.md'), path.join(dir, 'content/reports/shili-2022.md'));
    vi.stubEnv(CONTENT_CACHE_ENV, CACHE);
    expect(loadContent(dir).reports.map((r) => r.meta.slug).sort()).toEqual(['shili-xxgk-2022', 'shili-xxgk-2023', 'wuzhou-2023']);
  });

  it('is not written when check finds an error, or checks named files only', async () => {
    const dir = contentCopy();
    expect((await runCli(['check', '--cache', CACHE, 'content/reports/wuzhou-2023.md'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, CACHE))).toBe(false);
    writeFileSync(path.join(dir, 'content/reports/broken.md'), '---\ntitle: 坏\n---\n');
    expect((await runCli(['check', '--cache', CACHE], dir)).code).toBe(1);
    expect(existsSync(path.join(dir, CACHE))).toBe(false);
  });
});

describe('content in a build process', () => {
  it('is read once per process, however many copies of the loader the build bundles', async () => {
    const dir = contentCopy();
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    const first = await import('@/lib/content/load');
    const content = first.loadContent(dir);
    // A second copy of the module, as each route's chunk of a build holds one.
    vi.resetModules();
    const second = await import('@/lib/content/load');
    expect(second).not.toBe(first);
    expect(second.loadContent(dir)).toBe(content);
  });
});

describe('a check with --cache reuses the last passing check for unchanged files', () => {
  it('gives the same verdict, warnings and content as reading every file, and says how many it reused', async () => {
    const dir = contentCopy();
    const first = await runCli(['check', '--cache', CACHE], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain('沿用');
    const written = readFileSync(path.join(dir, CACHE), 'utf8');
    const second = await runCli(['check', '--cache', CACHE], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('其中 2 份自上次检查以来未改动，沿用了上次的检查结果');
    expect(second.stderr, 'the same warnings, each still shown').toBe(first.stderr);
    expect(first.stderr).toMatch(/警告|提示/);
    expect(readFileSync(path.join(dir, CACHE), 'utf8')).toBe(written);
  });

  it('uses the recorded report for a file that has not changed', async () => {
    const dir = contentCopy();
    await runCli(['check', '--cache', CACHE], dir);
    markCache(dir);
    await runCli(['check', '--cache', CACHE], dir);
    vi.stubEnv(CONTENT_CACHE_ENV, CACHE);
    expect(loadContent(dir).reports.map((r) => r.meta.title).every((t) => t.startsWith('缓存：'))).toBe(true);
  });

  it('reads an edited file again, so its new mistake is found and its new text published', async () => {
    const dir = contentCopy();
    await runCli(['check', '--cache', CACHE], dir);
    markCache(dir);
    const file = path.join(dir, 'content/reports/wuzhou-2023.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^published: .*$/m, 'published: 2024-02-30 08:55'));
    const broken = await runCli(['check', '--cache', CACHE], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('content/reports/wuzhou-2023.md:');
    expect(broken.stderr).toContain('published');

    writeFileSync(file, text.replace('title: 梧州市2023年度法治政府建设工作报告', 'title: 梧州市2023年度法治政府建设工作报告（修订）'));
    const fixed = await runCli(['check', '--cache', CACHE], dir);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('其中 1 份自上次检查以来未改动');
    vi.stubEnv(CONTENT_CACHE_ENV, CACHE);
    const titles = loadContent(dir).reports.map((r) => r.meta.title).sort();
    expect(titles).toEqual(['梧州市2023年度法治政府建设工作报告（修订）', '缓存：示例市人民政府2023年政府信息公开工作年度报告'].sort());
  });

  it('reads every file again when the code that read them has changed', async () => {
    const dir = contentCopy();
    await runCli(['check', '--cache', CACHE], dir);
    markCache(dir);
    const file = path.join(dir, CACHE);
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { checked: { code: string } };
    cached.checked.code = 'an earlier version of lib/';
    writeFileSync(file, JSON.stringify(cached));
    const again = await runCli(['check', '--cache', CACHE], dir);
    expect(again.stdout).not.toContain('沿用');
    vi.stubEnv(CONTENT_CACHE_ENV, CACHE);
    expect(loadContent(dir).reports.some((r) => r.meta.title.startsWith('缓存：'))).toBe(false);
  });

  it('checks across files on every report, reused or not: a new report repeating a reused slug is refused', async () => {
    const dir = contentCopy();
    await runCli(['check', '--cache', CACHE], dir);
    const seed = readFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), 'utf8');
    writeFileSync(path.join(dir, 'content/reports/copy.md'), seed.replace(/^year: .*$/m, 'year: 2022'));
    const result = await runCli(['check', '--cache', CACHE], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/content\/reports\/(copy|wuzhou-2023)\.md:\d+:\d+: slug: “wuzhou-2023”已被/);
  });
});
