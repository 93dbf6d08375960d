import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, loadContent } from '@/lib/content';
import { formatProblem } from '@/lib/report';
import { SEED_PAGE } from '../../fixtures-path';

const ROOT = process.cwd();
const SEED = readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8');

/** A throwaway copy of content/ to break in a test. */
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('loading content', () => {
  it('reads the committed content without errors', () => {
    const result = checkContent(ROOT);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.reports.map((r) => r.meta.slug)).toContain('wuzhou-2023');
    expect(result.site?.origin).toMatch(/^https?:\/\//);
  });

  it('refuses two reports with the same slug, naming the second file and its slug line', () => {
    const dir = contentCopy();
    writeFileSync(path.join(dir, 'content/reports/zz-copy.md'), SEED);
    const slugLine = SEED.split('\n').findIndex((l) => l.startsWith('slug:')) + 1;
    const errors = checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([
      `content/reports/zz-copy.md:${slugLine}:1: slug: “wuzhou-2023”已被 content/reports/wuzhou-2023.md 使用：每份报告的 slug 必须不同`,
    ]);
  });

  it('reports the problems of every file together and publishes nothing', () => {
    const dir = contentCopy();
    writeFileSync(path.join(dir, 'content/reports/a.md'), SEED.replace('slug: wuzhou-2023', 'slug: a').replace('year: 2023', 'year: 二〇二三'));
    writeFileSync(path.join(dir, 'content/reports/b.md'), SEED.replace('slug: wuzhou-2023', 'slug: b').replace('## 七、', '## 八、'));
    const problems = checkContent(dir).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/reports/a.md year',
      'content/reports/b.md 正文',
    ]);
    expect(() => loadContent(dir)).toThrow(/内容检查发现 2 个错误，网站未发布：\ncontent\/reports\/a\.md:\d+:1: year: .*\ncontent\/reports\/b\.md:\d+:1: 正文: /);
  });

  it('validates the site configuration with file and line', () => {
    const dir = contentCopy();
    const site = readFileSync(path.join(dir, 'content/site.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'content/site.yaml'), site.replace(/^origin: .*$/m, 'origin: www.example.gov.cn/path'));
    const line = site.split('\n').findIndex((l) => l.startsWith('origin:')) + 1;
    expect(checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `content/site.yaml:${line}:1: origin: 应为网站根地址，例如 https://www.wuzhou.gov.cn 或 http://[2001:db8::1]:8080（不带路径）`,
    ]);
  });

  it('refuses to publish without content/site.yaml, naming the missing file', () => {
    const dir = contentCopy();
    rmSync(path.join(dir, 'content/site.yaml'));
    const checked = checkContent(dir);
    expect(checked.problems.map(formatProblem)).toEqual(['content/site.yaml:1:1: 网站配置: 找不到网站配置文件 content/site.yaml']);
    expect(checked.reports.map((r) => r.meta.slug)).toEqual(['wuzhou-2023']);
    expect(() => loadContent(dir)).toThrow('内容检查发现 1 个错误，网站未发布：\ncontent/site.yaml:1:1: 网站配置: 找不到网站配置文件 content/site.yaml');
  });

  it('names a report file given by a path where there is none', () => {
    expect(checkContent(ROOT, ['content/reports/wuzhou-2032.md']).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'content/reports/wuzhou-2032.md:1:1: 文件: 无法读取这个文件：请检查路径',
    ]);
  });

  it('accepts an IPv6 literal origin from SITE_ORIGIN', () => {
    process.env.SITE_ORIGIN = 'http://[2001:db8::1]:8080';
    try {
      expect(checkContent(ROOT).site?.origin).toBe('http://[2001:db8::1]:8080');
    } finally {
      delete process.env.SITE_ORIGIN;
    }
  });
});

describe('the Wuzhou 2023 content file', () => {
  const squash = (text: string) => text.replace(/\s+/g, '');

  it('holds the body of the published page word for word', () => {
    const page = readFileSync(SEED_PAGE, 'utf8');
    const start = page.indexOf('2023年,梧州市坚持');
    const end = page.indexOf('文件下载');
    const published = squash(page.slice(start, end));
    const body = SEED.slice(SEED.indexOf('\n---', 3) + 4)
      .split('\n')
      .filter((line) => line.trim() !== '***')
      .map((line) => line.replace(/^#+\s*/, ''))
      .join('\n');
    expect(squash(body)).toBe(published);
  });
});
