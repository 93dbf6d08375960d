import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../support/random';
import { readDocxTables } from '@/lib/cli/docx-package';
import type { GridCell } from '@/lib/import/table-grid';
import { tableGridToMarkdown } from '@/lib/import/tables';
import { FORMAT_2021, parseReport, readReport, reportWarnings } from '@/lib/report';
import { disclosureDocx } from './disclosure-docx';

const c = (text: string, colSpan = 1, rowSpan = 1): GridCell => ({ text, colSpan, rowSpan });
const FIXTURE = readFileSync(path.join(import.meta.dirname, '../../fixtures/disclosure/shili-2023.md'), 'utf8');

/** The fixture 年报 with its part 三 and 四 tables replaced by `tables` (Markdown). */
function reportWith(partThree: string, partFour: string) {
  const three = FIXTURE.indexOf('| （本列');
  const four = FIXTURE.indexOf('## 四、');
  const five = FIXTURE.indexOf('## 五、');
  const source = `${FIXTURE.slice(0, three)}${partThree}\n\n${FIXTURE.slice(four, FIXTURE.indexOf('|  |', four))}${partFour}\n\n${FIXTURE.slice(five)}`;
  return { source, report: parseReport(source) };
}

/** The fixture's 表三 numbers (25 rows × 7) and 表四 numbers, read from its Markdown by hand-written rule. */
const fixtureRows = FIXTURE.split('\n').filter((l) => /^\| [一二三四]、/.test(l)).map((l) => l.split('|').slice(2, -1).map((v) => v.trim()));
const fixtureFour = (FIXTURE.split('\n').find((l) => l.startsWith('|  | 2 |')) ?? '').split('|').slice(2, -1).map((v) => v.trim());

describe('tableGridToMarkdown on synthetic grids', () => {
  it('writes a one-level table as it stands', () => {
    expect(tableGridToMarkdown({ rows: [[c('信息内容'), c('本年处理决定数量')], [c('行政许可'), c('1,260')]] })).toBe(
      '| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 1,260 |');
  });

  it('turns merged header cells into header paths and merged label cells into label paths', () => {
    const grid = { rows: [
      [c('项目', 2, 2), c('申请人情况', 3)],
      [c('自然人'), c('法人或其他组织'), c('总计')],
      [c('三、本年度办理结果', 1, 2), c('（一）予以公开'), c('1'), c('2'), c('3')],
      [c('（七）总计'), c('1'), c('2'), c('3')],
      [c('四、结转下年度继续办理', 2), c('0'), c('0'), c('0')],
    ] };
    expect(tableGridToMarkdown(grid)).toBe([
      '| 项目 | 申请人情况 / 自然人 | 申请人情况 / 法人或其他组织 | 申请人情况 / 总计 |',
      '| --- | --- | --- | --- |',
      '| 三、本年度办理结果 / （一）予以公开 | 1 | 2 | 3 |',
      '| 三、本年度办理结果 / （七）总计 | 1 | 2 | 3 |',
      '| 四、结转下年度继续办理 | 0 | 0 | 0 |',
    ].join('\n'));
  });

  it('splits a table at rows that are one caption cell across it', () => {
    const grid = { rows: [
      [c('第二十条第（五）项', 3)],
      [c('信息内容'), c('本年处理决定数量', 2)],
      [c('行政许可'), c('12', 2)],
      [c('第二十条第（六）项', 3)],
      [c('信息内容'), c('本年处理决定数量', 2)],
      [c('行政处罚'), c('3', 2)],
    ] };
    expect(tableGridToMarkdown(grid)).toBe([
      '第二十条第（五）项', '', '| 信息内容 | 本年处理决定数量 |', '| --- | --- |', '| 行政许可 | 12 |', '',
      '第二十条第（六）项', '', '| 信息内容 | 本年处理决定数量 |', '| --- | --- |', '| 行政处罚 | 3 |',
    ].join('\n'));
  });

  it('reads a column of / marks as values, not as labels', () => {
    expect(tableGridToMarkdown({ rows: [[c('信息内容'), c('本年收费金额（单位：万元）')], [c('行政事业性收费'), c('/')]] })).toBe(
      '| 信息内容 | 本年收费金额（单位：万元） |\n| --- | --- |\n| 行政事业性收费 | / |');
  });

  it('writes a value merged over several cells once, never twice', () => {
    const md = tableGridToMarkdown({ rows: [[c('项目'), c('甲'), c('乙')], [c('合计'), c('7', 1, 2), c('1')], [c('其中'), c('2')]] });
    expect(md.match(/7/g)).toHaveLength(1);
    expect(md).toContain('| 其中 |  | 2 |');
  });

  it('escapes what Markdown would read as syntax, and joins Chinese lines of a cell without a space', () => {
    expect(tableGridToMarkdown({ rows: [[c('a|b'), c('商业\n企业')], [c('*x* / y'), c('1')]] })).toBe(
      '| a\\|b | 商业企业 |\n| --- | --- |\n| \\*x\\* \\/ y | 1 |');
  });
});

describe('a Word 年报 with merged cells, built in the test', () => {
  it('reads the official 表三 and 表四 into the national format, every number in its cell', { timeout: 30_000 }, async () => {
    const grids = await readDocxTables(await disclosureDocx(fixtureRows, fixtureFour));
    expect(grids).toHaveLength(2);
    const { source, report } = reportWith(tableGridToMarkdown(grids[0]!), tableGridToMarkdown(grids[1]!));
    const three = report.tables[4]!;
    const official = FORMAT_2021.tables.find((t) => t.key === 'applications')!;
    expect(three.columns).toEqual(official.columns.map((col) => col.path));
    expect(three.rows.map((r) => r.label)).toEqual(official.rows.map((r) => r.path));
    expect(three.rows.map((r) => r.values)).toEqual(fixtureRows.map((r) => r.map(Number)));
    expect(report.tables[5]!.rows[0]!.values).toEqual(fixtureFour.map(Number));
    expect(reportWarnings(report, source, 'x.md')).toEqual([]);
  });

  it('keeps full-width digits and spaces typed in Word readable as numbers', { timeout: 30_000 }, async () => {
    const rows = fixtureRows.map((r, i) => (i === 0 ? ['４０', '6', '1', '0', '2', '1', '5 0'] : r));
    const grids = await readDocxTables(await disclosureDocx(rows, fixtureFour));
    const { report } = reportWith(tableGridToMarkdown(grids[0]!), tableGridToMarkdown(grids[1]!));
    expect(report.tables[4]!.rows[0]!.values).toEqual([40, 6, 1, 0, 2, 1, 50]);
  });
});

describe('property: no number of a Word table is lost or doubled', () => {
  it('holds for documents with random numbers, blanks and not-applicable marks', { timeout: 120_000 }, async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const next = seededRandom(seed);
      const pick = () => { const x = next(); return x < 0.1 ? '' : x < 0.15 ? '/' : String(Math.floor(next() * 2000)); };
      const three = fixtureRows.map((r) => r.map(pick));
      const four = fixtureFour.map(pick);
      const grids = await readDocxTables(await disclosureDocx(three, four));
      const { source } = reportWith(tableGridToMarkdown(grids[0]!), tableGridToMarkdown(grids[1]!));
      const report = readReport(source, 'x.md').report!;
      const read = (v: string) => (v === '' || v === '/' ? null : Number(v));
      expect(report.tables[4]!.rows.map((r) => r.values), `seed ${seed}`).toEqual(three.map((r) => r.map(read)));
      expect(report.tables[5]!.rows[0]!.values, `seed ${seed}`).toEqual(four.map(read));
    }
  });
});
