import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent, pageContent } from '@/lib/content';
import { formatProblem } from '@/lib/report';
import { tempDir } from '../../temp-dir';

const ROOT = process.cwd();
const SEED = readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8');

function contentCopy(): string {
  const dir = tempDir('preview');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

afterEach(() => vi.unstubAllEnvs());

describe('the preview (npm run dev)', () => {
  it('shows a saved edit, a new file and a broken file on the next request', () => {
    vi.stubEnv('NODE_ENV', 'development');
    const dir = contentCopy();
    const file = path.join(dir, 'content/reports/wuzhou-2023.md');
    expect(pageContent(dir).reports[0]?.meta.title).toBe('梧州市2023年度法治政府建设工作报告');

    writeFileSync(file, SEED.replace('title: 梧州市2023年度法治政府建设工作报告', 'title: 改过的标题'));
    expect(pageContent(dir).reports[0]?.meta.title).toBe('改过的标题');

    writeFileSync(path.join(dir, 'content/reports/new.md'), SEED.replace('slug: wuzhou-2023', 'slug: new-2023'));
    expect(pageContent(dir).reports.map((r) => r.meta.slug)).toContain('new-2023');

    writeFileSync(path.join(dir, 'content/reports/new.md'), SEED.replace('slug: wuzhou-2023', 'slug: new-2023').replace('year: 2023', 'year: 二〇二三'));
    const content = pageContent(dir);
    expect(content.reports.map((r) => r.meta.slug)).toEqual(['wuzhou-2023']);
    expect(content.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/reports\/new\.md:\d+:1: year: 应为四位数字年份/)]);
  });

  it('lists a broken site configuration instead of failing', () => {
    vi.stubEnv('NODE_ENV', 'development');
    const dir = contentCopy();
    writeFileSync(path.join(dir, 'content/site.yaml'), 'siteName: 甲\ngovernment: 乙\norigin: nowhere\nissuers: [{ name: 梧州市人民政府, slug: wuzhou, type: 政府 }]\n');
    const content = pageContent(dir);
    expect(content.problems.map((p) => p.field)).toEqual(['origin']);
    expect(content.reports).toHaveLength(1);
  });

  it('a production build or server reads content once', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const dir = contentCopy();
    const first = loadContent(dir);
    writeFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), SEED.replace('year: 2023', 'year: 二〇二三'));
    expect(loadContent(dir)).toBe(first);
    expect(pageContent(dir).problems).toEqual([]);
  });
});
