import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDisclosureYears, FORMAT_2019, FORMAT_2021, parseReport, SAME_IN_BOTH_FORMATS, yearNeighbours } from '@/lib/report';

const DIR = path.join(import.meta.dirname, '../../fixtures/disclosure');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const y2023 = parseReport(read('shili-2023.md'));
const y2022 = parseReport(read('shili-2022.md'));
const y2020 = parseReport(read('shili-2020-trial.md'));
/** The 2023 fixture as the same body's 2021 report: the year after the trial-format 2020 one. */
const y2021 = parseReport(read('shili-2023.md').replace('year: 2023', 'year: 2021').replace('published: 2024-01-26', 'published: 2022-01-26').replace(/2023/g, '2021'));

const has = (keys: typeof SAME_IN_BOTH_FORMATS, table: string, row: string, column: string) =>
  keys.some((k) => k.table === table && k.row === row && k.column === column);

describe('cells that mean the same in the 2019 and 2021 formats', () => {
  it('exist in both formats', () => {
    const cellIn = (format: typeof FORMAT_2021, key: (typeof SAME_IN_BOTH_FORMATS)[number]) => {
      const table = format.tables.find((t) => t.key === key.table);
      return Boolean(table?.rows.some((r) => r.key === key.row) && table.columns.some((c) => c.key === key.column));
    };
    expect(SAME_IN_BOTH_FORMATS.filter((k) => !cellIn(FORMAT_2021, k) || !cellIn(FORMAT_2019, k))).toEqual([]);
  });

  it('include the decisions on licences, penalties and coercion, 表三 by its totals, and all of 表四', () => {
    expect(has(SAME_IN_BOTH_FORMATS, 'art20-5', 'licensing', 'decisions')).toBe(true);
    expect(has(SAME_IN_BOTH_FORMATS, 'art20-6', 'penalty', 'decisions')).toBe(true);
    expect(has(SAME_IN_BOTH_FORMATS, 'applications', 'new', 'total')).toBe(true);
    expect(has(SAME_IN_BOTH_FORMATS, 'applications', 'result-total', 'total')).toBe(true);
    expect(SAME_IN_BOTH_FORMATS.filter((k) => k.table === 'appeals')).toHaveLength(15);
  });

  it('leave out what changed meaning: documents made vs issued, fee items vs amounts, and （六）其他处理', () => {
    expect(SAME_IN_BOTH_FORMATS.some((k) => k.table === 'art20-1' || k.table === 'art20-8' || k.table === 'art20-9')).toBe(false);
    expect(SAME_IN_BOTH_FORMATS.some((k) => k.row.startsWith('other-'))).toBe(false);
    expect(has(SAME_IN_BOTH_FORMATS, 'art20-5', 'other-services', 'decisions')).toBe(false);
  });
});

describe('compareDisclosureYears', () => {
  it('compares every row of two years in the same format', () => {
    const lines = compareDisclosureYears(y2023, y2022);
    expect(lines).toHaveLength(6 + 1 + 2 + 1 + 25 + 15);
    expect(lines[3]).toEqual({ table: '第二十条第（一）项', row: '行政规范性文件', column: '本年制发件数', previous: 5, current: 3, id: 'table-1-r2-c1' });
    expect(lines.find((l) => l.row === '行政许可')).toMatchObject({ previous: 1108, current: 1260 });
    expect(lines.find((l) => l.table === '表四' && l.column === '行政复议 / 总计')).toMatchObject({ previous: 1, current: 4 });
  });

  it('across the 2019 and 2021 formats compares only the cells that mean the same', () => {
    const lines = compareDisclosureYears(y2021, y2020);
    expect(lines.map((l) => `${l.table}|${l.row}`).slice(0, 4)).toEqual([
      '第二十条第（五）项|行政许可', '第二十条第（六）项|行政处罚', '第二十条第（六）项|行政强制', '表三|一、本年新收政府信息公开申请数量',
    ]);
    expect(lines).toHaveLength(3 + 22 + 15);
    expect(lines[0]).toMatchObject({ previous: 980, current: 1260 });
  });

  it('compares nothing across a gap year or with another kind of report', () => {
    expect(compareDisclosureYears(y2023, y2021)).toEqual([]);
    expect(compareDisclosureYears(y2023, parseReport(read('../tables/everywhere.md')))).toEqual([]);
  });

  it('pairs a 年报 with the same body’s previous 年报, not its 法治政府建设 report', () => {
    const rule = parseReport(read('../tables/everywhere.md').replace('issuer: 示例市人民政府', 'issuer: 示例市人民政府').replace('year: 2023', 'year: 2022').replace('published: 2024-01-20', 'published: 2023-01-20'));
    expect(yearNeighbours(y2023, [rule, y2022, y2023]).previous?.meta.slug).toBe('shili-xxgk-2022');
    expect(yearNeighbours(y2023, [rule, y2023]).previous).toBeNull();
  });
});
