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

/** A valid report file with `body` after its front matter (the body starts on line 11). */
const withBody = (body: string) => [
  '---', 'title: 示例市2023年度法治政府建设工作报告', 'year: 2023', 'issuer: 示例市人民政府', 'source: 示例市人民政府办公室',
  'published: 2024-01-21 08:55', 'columns: [法治政府建设, 年度报告]', 'slug: sample-2023', '---', '', body,
].join('\n');

describe('a report with more than ten sections', () => {
  // Written out by hand as a report numbers them.
  const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五',
    '十六', '十七', '十八', '十九', '二十', '二十一', '二十二'];
  const sections = (ordinals: readonly string[]) => withBody(ordinals.map((o) => `## ${o}、工作\n\n开展工作。\n`).join('\n'));

  it('numbers sections 十一 to 二十二 by their tens and units', () => {
    const report = parseReport(sections(ORDINALS), 'many.md');
    expect(report.sections.map((s) => `${s.ordinal} ${s.number}`)).toEqual(ORDINALS.map((o, i) => `${o} ${i + 1}`));
  });

  it('names the section number beyond ten that a skipped section should have had', () => {
    // Sections 一 … 十一, then 十三: the 12th heading sits on line 11 + 11 × 4.
    const skipped = [...ORDINALS.slice(0, 11), '十三'];
    expect(readReport(sections(skipped), 'many.md').problems.map(formatProblem)).toEqual([
      'many.md:55:1: 正文: 第十二部分的序号应为“十二、”，这里写成了“十三、”：请检查是否漏掉或重复了一个部分',
    ]);
  });

  it('numbers sub-points beyond ten as written, （十一） included', () => {
    const points = ORDINALS.slice(0, 12).map((o) => `（${o}）第${o}条措施。落实到位。`).join('\n\n');
    const report = parseReport(withBody(`## 一、工作\n\n${points}\n`), 'many.md');
    expect(report.sections[0]?.points.slice(9).map((p) => `${p.marker} ${p.number} ${p.title}`)).toEqual([
      '（十） 10 第十条措施', '（十一） 11 第十一条措施', '（十二） 12 第十二条措施',
    ]);
  });
});

describe('points numbered 一是, 二是 in running text', () => {
  const section = (text: string) => parseReport(withBody(`## 一、加强组织领导\n\n${text}\n`), 'shi.md').sections[0]!;
  const outlineOf = (text: string) => {
    const s = section(text);
    return { lead: s.lead.text, points: s.points.map((p) => [p.title, p.body]) };
  };

  it('does not take the 一是 at the end of a word (统一是, 唯一是) for a point', () => {
    expect(outlineOf('思想统一是前提，目标唯一是关键。一是夯实思想基础。组织专题学习12次。二是健全推进机制。将法治建设纳入考评。')).toEqual({
      lead: '思想统一是前提，目标唯一是关键。',
      points: [['夯实思想基础', '组织专题学习12次。'], ['健全推进机制', '将法治建设纳入考评。']],
    });
  });

  it('makes points of a list that a colon announces', () => {
    expect(outlineOf('主要做法：一是夯实思想基础。组织专题学习12次。二是健全推进机制。将法治建设纳入考评。')).toEqual({
      lead: '主要做法：',
      points: [['夯实思想基础', '组织专题学习12次。'], ['健全推进机制', '将法治建设纳入考评。']],
    });
  });

  it('leaves a list inside one sentence (一是…；二是…) in its sentence instead of making points without text', () => {
    expect(outlineOf('持续深化改革，一是提升审批质效；二是推进跨省通办。办理事项1721个。')).toEqual({
      lead: '持续深化改革，一是提升审批质效；二是推进跨省通办。办理事项1721个。',
      points: [],
    });
  });
});

describe('appendices', () => {
  const report = (heading: string) => parseReport(withBody(
    `示例市坚持依法行政。\n\n## 一、加强组织领导\n\n市政府高度重视。\n\n***\n\n特此报告。\n\n## ${heading}\n\n1.“一网通办”：政务服务一网办理。\n`,
  ), 'appendix.md');

  it.each(['附：名词解释', '附件：有关数据', '附件', '附录', '附录：政策文件目录', '名词解释', '有关名词解释', '附'])(
    'takes a heading %s after the closing for an appendix, not the closing’s text',
    (heading) => {
      const parsed = report(heading);
      expect(parsed.appendices.map((a) => [a.title, a.text])).toEqual([[heading, '1.“一网通办”：政务服务一网办理。']]);
      expect(parsed.closing?.text).toBe('特此报告。');
    },
  );
});
