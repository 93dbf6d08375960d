import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, closestIssuer, editDistance } from '@/lib/content';
import { formatProblem } from '@/lib/report';
import { listIssuers } from '../../support/issuers';
import { tempDir } from '../../temp-dir';
import { runCli } from '../cli/run-cli';

const ROOT = process.cwd();
const SEED = readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8');

/** A copy of content/ with the 司法局 and 苍梧县 listed as issuers, and one more report file. */
function project(report: string): string {
  const dir = tempDir('issuers');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  listIssuers(dir, ['梧州市司法局', '苍梧县人民政府']);
  writeFileSync(path.join(dir, 'content/reports/other.md'), report);
  return dir;
}

const errors = (dir: string) => checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);

const seedWith = (issuer: string) => SEED.replace('slug: wuzhou-2023', 'slug: other-2023').replace('issuer: 梧州市人民政府', `issuer: ${issuer}`);

describe('issuer names in check', () => {
  it('refuses a mistyped issuer, naming the line and suggesting the listed name', async () => {
    const { code, stderr } = await runCli(['check'], project(seedWith('梧州市司发局')));
    expect(code).toBe(1);
    expect(stderr).toContain('content/reports/other.md:5:1: issuer: “梧州市司发局”不是 content/site.yaml 的 issuers 中列出的发布机关。是不是“梧州市司法局”？请照列出的名称填写\n');
  });

  it('suggests the full name for a shortened one', () => {
    const problems = errors(project(seedWith('苍梧县政府')));
    expect(problems).toEqual(['content/reports/other.md:5:1: issuer: “苍梧县政府”不是 content/site.yaml 的 issuers 中列出的发布机关。是不是“苍梧县人民政府”？请照列出的名称填写']);
  });

  it('lists the known issuers and says how to add one when no name is close', () => {
    const problems = errors(project(seedWith('南宁市教育局')));
    expect(problems).toEqual(['content/reports/other.md:5:1: issuer: “南宁市教育局”不是 content/site.yaml 的 issuers 中列出的发布机关（已列出“梧州市人民政府”、“梧州市司法局”、“苍梧县人民政府”）。请照列出的名称填写；如是新的发布机关，请先在 content/site.yaml 的 issuers 中加上它（name、slug、type）']);
  });

  it('accepts a listed issuer', () => {
    const checked = checkContent(project(seedWith('梧州市司法局')));
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.reports.map((r) => r.meta.issuer).sort()).toEqual(['梧州市人民政府', '梧州市司法局']);
  });
});

describe('report kinds in check', () => {
  it('refuses an unknown kind, naming the line and listing every allowed kind', async () => {
    const report = seedWith('梧州市司法局').replace('slug: other-2023', 'slug: other-2023\nkind: 法治政府年度报告');
    const { code, stderr } = await runCli(['check'], project(report));
    expect(code).toBe(1);
    expect(stderr).toContain('content/reports/other.md:12:1: kind: 应为以下之一：法治政府建设年度报告、政府信息公开工作年度报告、政府工作报告、其他\n');
  });
});

describe('issuers in content/site.yaml', () => {
  function siteWith(issuers: string): string[] {
    const dir = tempDir('issuers-site');
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    const site = readFileSync(path.join(dir, 'content/site.yaml'), 'utf8').replace(/^issuers:[\s\S]*$/m, issuers);
    writeFileSync(path.join(dir, 'content/site.yaml'), site);
    return checkContent(dir).problems.filter((p) => p.file === 'content/site.yaml' && p.severity === 'error').map((p) => `${p.field}: ${p.message}`);
  }

  it('refuses an unknown type, listing the three', () => {
    expect(siteWith('issuers:\n  - { name: 梧州市人民政府, slug: wuzhou, type: 市政府 }')).toEqual(['issuers[0].type: 应为以下之一：政府、部门、区县']);
  });

  it('refuses a second entry with one name or slug, and a parent not listed', () => {
    expect(siteWith([
      'issuers:',
      '  - { name: 梧州市人民政府, slug: wuzhou, type: 政府 }',
      '  - { name: 梧州市司法局, slug: wuzhou, type: 部门 }',
      '  - { name: 梧州市人民政府, slug: wz, type: 政府 }',
      '  - { name: 梧州市财政局, slug: wuzhou-czj, type: 部门, parent: wuzhu }',
    ].join('\n'))).toEqual([
      'issuers[1].slug: “wuzhou”已被另一个发布机关使用：每个 slug 必须不同',
      'issuers[2].name: “梧州市人民政府”已列出：每个发布机关只列一次',
      'issuers[3].parent: “wuzhu”不是列出的其他发布机关的 slug：parent 应写上级机关的 slug',
    ]);
  });

  it('requires at least one issuer', () => {
    expect(siteWith('issuers: []')).toEqual(['issuers: 至少需要列出一个发布机关（本网站发布其报告的机关），例如 - { name: 梧州市人民政府, slug: wuzhou, type: 政府 }']);
  });
});

describe('closestIssuer', () => {
  const issuers = [{ name: '梧州市人民政府' }, { name: '梧州市司法局' }, { name: '梧州市财政局' }, { name: '苍梧县人民政府' }];

  it('counts edits by character, not by byte', () => {
    expect(editDistance('梧州市司发局', '梧州市司法局')).toBe(1);
    expect(editDistance('梧州市政府', '梧州市人民政府')).toBe(2);
    expect(editDistance('', '苍梧')).toBe(2);
  });

  it('picks the nearest listed name', () => {
    expect(closestIssuer('梧州市司发局', issuers)).toBe('梧州市司法局');
    expect(closestIssuer('梧州市政府', issuers)).toBe('梧州市人民政府');
    expect(closestIssuer('苍梧县人民政府 ', issuers)).toBe('苍梧县人民政府');
  });

  it('suggests nothing when only the city is shared', () => {
    expect(closestIssuer('梧州市教育局', issuers)).toBeNull();
    expect(closestIssuer('南宁市人民政府', issuers)).toBeNull();
  });
});
