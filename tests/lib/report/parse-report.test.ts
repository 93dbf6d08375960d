import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseReport, readReport } from '@/lib/report';
import type { Report } from '@/lib/report';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/reports');

/** The structure a reader meets, as the hand-written expected.json files describe it. */
function outline(report: Report) {
  return {
    intro: report.intro.text,
    sections: report.sections.map((s) => ({
      number: s.number,
      ordinal: s.ordinal,
      title: s.title,
      lead: s.lead.text,
      points: s.points.map((p) => ({ number: p.number, title: p.title, body: p.body })),
    })),
    closing: report.closing?.text ?? null,
    ...(report.appendices.length > 0
      ? { appendices: report.appendices.map((a) => ({ title: a.title, text: a.text })) }
      : {}),
  };
}

describe('parseReport on fixture reports', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`reads the structure of ${name} as written by hand`, () => {
      const input = readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8');
      const expected: unknown = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
      expect(outline(parseReport(input, `${name}/input.md`))).toEqual(expected);
    });
  }
});

describe('readReport in draft mode', () => {
  const DRAFT = '---\ntitle: 示例市2023年度法治政府建设工作报告\nyear: 2023\nissuer: ""\n---\n\n示例市坚持依法行政。\n\n## 一、加强组织领导\n\n一是夯实基础。组织学习12次。\n';

  it('returns the report although required fields are missing', () => {
    const { report } = readReport(DRAFT, 'draft.md', { draft: true });
    expect(report?.sections.map((s) => s.title)).toEqual(['加强组织领导']);
    expect(report?.sections[0]?.points[0]?.title).toBe('夯实基础');
    expect(report?.metrics.map((m) => m.text)).toEqual(['12次']);
  });

  it('keeps the fields that are valid and leaves the others empty', () => {
    const meta = readReport(DRAFT, 'draft.md', { draft: true }).report?.meta;
    expect(meta).toMatchObject({ title: '示例市2023年度法治政府建设工作报告', year: 2023, issuer: '', source: '', published: '', columns: [], slug: '', closingTitle: '结语' });
  });

  it('reports each missing or invalid field as a warning with its line', () => {
    const problems = readReport(DRAFT, 'draft.md', { draft: true }).problems.map(formatProblem);
    expect(problems).toEqual([
      'draft.md:1:1: source: （警告）缺少必填字段：请在头信息中加上这一项',
      'draft.md:1:1: published: （警告）日期格式应为 YYYY-MM-DD HH:mm（例如 2024-01-21 08:55），按北京时间填写',
      'draft.md:1:1: columns: （警告）缺少必填字段：请在头信息中加上这一项',
      'draft.md:1:1: slug: （警告）缺少必填字段：请在头信息中加上这一项',
      'draft.md:4:1: issuer: （警告）不能为空',
    ]);
  });

  it('still refuses the same file without draft mode', () => {
    const { report, problems } = readReport(DRAFT, 'draft.md');
    expect(report).toBeNull();
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('keeps errors in the body as errors', () => {
    const body = DRAFT.replace('## 一、加强组织领导', '## 二、加强组织领导');
    const { report, problems } = readReport(body, 'draft.md', { draft: true });
    expect(report).not.toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'draft.md:9:1: 正文: 第一部分的序号应为“一、”，这里写成了“二、”：请检查是否漏掉或重复了一个部分',
    ]);
  });
});
