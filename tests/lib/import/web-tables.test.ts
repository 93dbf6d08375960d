import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../support/random';
import { formatImportSummary, importReport, splitBlocks } from '@/lib/import';
import { findWebTables } from '@/lib/import/web-tables';
import { formatProblem, readReport, reportWarnings } from '@/lib/report';

const DIR = path.join(import.meta.dirname, '../../fixtures/disclosure');
const WEB = readFileSync(path.join(DIR, 'shili-2023-web.txt'), 'utf8');
const MARKDOWN = readFileSync(path.join(DIR, 'shili-2023.md'), 'utf8');

/** The imported file with the fields staff fill in after an import. */
function imported(text: string): string {
  return importReport(text, { slug: 'shili-xxgk-2023' }).markdown
    .replace('issuer: ""', 'issuer: 示例市人民政府')
    .replace(/^source: .*$/m, 'source: 示例市人民政府办公室');
}

describe('tables copied from a web page', () => {
  it('become the same tables as the hand-written 年报, with the official labels', () => {
    const fromWeb = readReport(imported(WEB), 'web.md').report;
    const written = readReport(MARKDOWN, 'shili-2023.md').report;
    const strip = (tables: NonNullable<typeof fromWeb>['tables']) => tables.map(({ line: _l, rows, ...t }) => ({ ...t, rows: rows.map(({ line: _r, ...r }) => r) }));
    expect(fromWeb && strip(fromWeb.tables)).toEqual(written && strip(written.tables));
  });

  it('leave no number behind in the prose, and the sections stay six', () => {
    const { report, problems } = readReport(imported(WEB), 'web.md');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(report?.sections.map((s) => s.title)).toEqual([
      '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项',
    ]);
    expect(report && reportWarnings(report, imported(WEB), 'web.md')).toEqual([]);
  });

  it('are noted in the import summary, by line', () => {
    expect(importReport(WEB).notes.filter((n) => n.message.includes('表格'))).toEqual([
      { line: 11, kind: 'recognised', message: '第11—24行以“|”分隔的表格按全国统一格式转换为表格，请对照原文核对' },
      { line: 26, kind: 'recognised', message: '第26—53行以“|”分隔的表格按全国统一格式转换为表格，请对照原文核对' },
      { line: 55, kind: 'recognised', message: '第55—88行以“|”分隔的表格按全国统一格式转换为表格，请对照原文核对' },
    ]);
  });

  it('file the imported 年报 under 政府信息公开 and count its tables in the summary', () => {
    const result = importReport(WEB);
    expect(result.values.columns).toEqual(['政府信息公开', '政府信息公开工作年度报告']);
    const { report } = readReport(imported(WEB), 'web.md');
    expect(formatImportSummary(result, report, 'web.md')).toContain('  合计：6 个部分，5 个小点，6 个数据，6 张表格');
  });

  it('read one cell per line (表四 as some sites flatten it)', () => {
    const { report } = readReport(imported(WEB), 'web.md');
    expect(report?.tables[5]?.rows[0]?.values).toEqual([2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 0, 0, 0, 1, 1]);
  });

  it('read the 2019 trial format', () => {
    const text = [
      '第二十条第(五)项 |', '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |', '行政许可 | 126 | -3 | 980 |', '其他对外管理服务事项 | 15 | 0 | 210 |',
      '第二十条第(九)项 |', '信息内容 | 采购项目数量 | 采购总金额 |', '政府集中采购 | 36 | 1,520.5 |',
    ].map((t, i) => ({ text: t, line: i + 1 }));
    expect(findWebTables(text)).toEqual([{ first: 1, last: 7, markdown: [
      '第二十条第（五）项', '', '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |', '| --- | --- | --- | --- |',
      '| 行政许可 | 126 | -3 | 980 |', '| 其他对外管理服务事项 | 15 | 0 | 210 |', '',
      '第二十条第（九）项', '', '| 信息内容 | 采购项目数量 | 采购总金额 |', '| --- | --- | --- |', '| 政府集中采购 | 36 | 1,520.5 |',
    ].join('\n') }]);
  });

  it('keep an inconsistent table as it is, so that the check can name the numbers that disagree', () => {
    const wrong = WEB.replace('(七)总计 | 41 |', '(七)总计 | 42 |');
    const source = imported(wrong);
    const { report } = readReport(source, 'web.md');
    expect(report && reportWarnings(report, source, 'web.md').map((p) => p.message)).toContain('表三“（七）总计”行“自然人”列：各项之和为 41，填写为 42');
  });

  it('stay as they were, with a note, when a cell does not fit the national format', () => {
    const odd = WEB.replace('行政强制 | 4 |', '行政征收 | 4 |');
    const result = importReport(odd);
    expect(result.notes).toContainEqual({ line: 11, kind: 'unplaced', message: '第11—24行像是从网页复制的表格（以“|”分隔），但不符合政府信息公开工作年度报告的全国统一格式：已原样保留，请改写为表格（写法见发布指南“表格”一节）' });
    expect(result.markdown).toContain('\n\n行政征收 | 4 |\n\n');
  });

  it('stay as they were when a row has more values than the format has columns', () => {
    const blocks = splitBlocks('信息内容 | 本年处理决定数量 |\n行政许可 | 12 | 13 |');
    expect(findWebTables(blocks)).toEqual([{ first: 1, last: 2, markdown: null }]);
  });
});

/** Digit runs of a text, counted (full-width digits made ASCII). */
function digitRuns(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const run of ascii.match(/\d+/g) ?? []) counts.set(run, (counts.get(run) ?? 0) + 1);
  return counts;
}

describe('property: no number of a web-copied 年报 is lost or doubled', () => {
  it('holds for 20 copies with random numbers in every table cell', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = seededRandom(seed);
      // Replace every value cell (a number between two |) with a random one.
      const text = WEB.split('\n').map((line) => line.includes('|')
        ? line.replace(/(?<=^|\| )(\d[\d,.]*)(?= \|)/g, () => String(Math.floor(next() * 5000)))
        : line).join('\n');
      const result = importReport(text);
      const body = result.markdown.slice(result.markdown.indexOf('\n---\n') + 5).replace(/\\([!-/:-@[-`{-~])/g, '$1');
      const expected = digitRuns(text.split('\n').slice(2).join('\n'));
      expect(digitRuns(body), `seed ${seed}`).toEqual(expected);
      expect(result.notes.filter((n) => n.kind === 'unplaced' && n.message.includes('表格')), `seed ${seed}`).toEqual([]);
    }
  });
});
