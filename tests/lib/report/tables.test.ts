import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseReport, readCellValue, readReport, splitLabelPath, toOpenData } from '@/lib/report';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/tables');
const source = readFileSync(path.join(FIXTURES, 'everywhere.md'), 'utf8');
const report = parseReport(source, 'everywhere.md');

/** A minimal valid report around a body. */
const withBody = (body: string) => source.slice(0, source.indexOf('---\n\n') + 5) + body;

describe('tables in report Markdown', () => {
  it('reads tables in the intro, a sub-point, the closing and an appendix into Report.tables, in document order', () => {
    const expected: unknown = JSON.parse(readFileSync(path.join(FIXTURES, 'everywhere.expected.json'), 'utf8'));
    expect(toOpenData(report).tables).toEqual(expected);
  });

  it('keeps the source line of each table and row for messages', () => {
    expect(report.tables[0]?.line).toBe(15);
    expect(report.tables[0]?.rows.map((r) => r.line)).toEqual([17, 18]);
  });

  it('takes no number of a table as a prose metric', () => {
    expect(report.metrics.map((m) => m.text)).toEqual(['389件', '135宗']);
  });

  it('renders the caption paragraph as the table caption, not as a paragraph of its own', () => {
    expect(report.intro.html).toContain('<caption id="table-1-caption">表1 全市行政复议案件情况</caption>');
    expect(report.intro.html).not.toContain('<p>表1');
  });

  it('names a table without caption after its section, for screen readers only', () => {
    const point = report.sections[0]?.points[0];
    expect(point?.html).toContain('<caption id="table-2-caption" class="visually-hidden">推进严格执法</caption>');
  });

  it('keeps a long sentence before a table as a paragraph', () => {
    expect(report.sections[0]?.points[0]?.html).toContain('<p>各县区执法情况如下：</p>');
  });

  it('keeps the tables’ text in the plain text used for search and reading aloud', () => {
    expect(report.intro.text).toContain('表1 全市行政复议案件情况');
    expect(report.intro.text).toContain('收到申请\t１,２０５\t1 389');
  });

  it('reads a single ~ as text (3~5个 is a range) and ~~ as strikethrough', () => {
    const r = parseReport(withBody('## 一、标题\n\n增长3~5个，6~8个。~~删去~~。\n'));
    expect(r.sections[0]?.lead.html).not.toContain('<del>增长');
    expect(r.sections[0]?.lead.html).toContain('<del>删去</del>');
    expect(r.metrics.map((m) => m.text)).toEqual(['3~5个', '6~8个']);
  });

  it('reports a row with more cells than the header as an error, naming its line', () => {
    const { report: none, problems } = readReport(withBody('## 一、标题\n\n正文。\n\n| 项目 | 数量 |\n| --- | --- |\n| 甲 | 1 | 2 |\n'), 'a.md');
    expect(none).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'a.md:17:1: 表格: 这一行有 3 格，比表头多 1 格：多出的内容不会显示。请删去多写的“|”，或在表头补上这一列',
    ]);
  });

  it('warns about a row with fewer cells than the header, and reads the missing cells as not applicable', () => {
    const { report: r, problems } = readReport(withBody('## 一、标题\n\n正文。\n\n| 项目 | 甲 | 乙 |\n| --- | --- | --- |\n| 合计 | 1 |\n'), 'a.md');
    expect(r?.tables[0]?.rows[0]?.values).toEqual([1, null]);
    expect(problems.map(formatProblem)).toEqual([
      'a.md:17:1: 表格: （警告）这一行只有 2 格，表头有 3 格：缺少的格按“不适用”显示；如果数值是 0，请填写 0',
    ]);
  });

  it('warns about a value column without a header', () => {
    const { problems } = readReport(withBody('## 一、标题\n\n正文。\n\n| 项目 |  |\n| --- | --- |\n| 合计 | 1 |\n'), 'a.md');
    expect(problems.map(formatProblem)).toEqual(['a.md:15:1: 表格: （警告）表头第2列是空的：请写明这一列的名称']);
  });
});

describe('readCellValue', () => {
  it('reads numbers with full-width digits, thousands separators and spaces', () => {
    expect(['0', '12', '１２', '1,260', '1，260', '1 260', '12.36', '０．５', '-3', '－3', '+2'].map(readCellValue))
      .toEqual([0, 12, 12, 1260, 1260, 1260, 12.36, 0.5, -3, -3, 2]);
  });

  it('reads blank, /, ／, —, ——, - and － as not applicable (null), not 0', () => {
    expect(['', '  ', '/', '／', '—', '——', '-', '－'].map(readCellValue)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('keeps any other text as written', () => {
    expect(['约10', '12%', '12万元', '无'].map(readCellValue)).toEqual(['约10', '12%', '12万元', '无']);
  });
});

describe('splitLabelPath', () => {
  it('splits levels at " / " and keeps 本年增/减 and an escaped \\/ whole', () => {
    expect(splitLabelPath('申请人情况 / 法人或其他组织 / 商业企业')).toEqual(['申请人情况', '法人或其他组织', '商业企业']);
    expect(splitLabelPath('本年增/减')).toEqual(['本年增/减']);
    expect(splitLabelPath('甲 \\/ 乙 / 丙')).toEqual(['甲 / 乙', '丙']);
  });
});
