import type { DisclosureFormat, FormatTable } from './disclosure-format';
import { matchDisclosure, matchedCell } from './disclosure-match';
import type { TableMatch } from './disclosure-match';
import type { Report } from './types';

/** One cell of the national format, by the keys of its table, row and column. */
export interface CellKey {
  table: string;
  row: string;
  column: string;
}

const cells = (table: string, column: string, rows: readonly string[]): CellKey[] => rows.map((row) => ({ table, row, column }));

/**
 * The cells that mean the same in the 2019 trial format and the 2021 format, by their keys
 * (the same in both). Left out on purpose: 第二十条第（一）项 (2019 counts documents made,
 * published and published in total; 2021 issued, repealed and in force), 第（八）项 (2019
 * counts fee items, 2021 the amount collected), 第（九）项 (2019 only), the trial's
 * 其他对外管理服务事项 and its 上一年项目数量/本年增/减 columns, and （六）其他处理, a single row
 * in 2019 and three rows in 2021.
 */
export const SAME_IN_BOTH_FORMATS: readonly CellKey[] = [
  { table: 'art20-5', row: 'licensing', column: 'decisions' },
  { table: 'art20-6', row: 'penalty', column: 'decisions' },
  { table: 'art20-6', row: 'coercion', column: 'decisions' },
  ...cells('applications', 'total', [
    'new', 'carried-over', 'disclosed', 'partly-disclosed',
    'withheld-secret', 'withheld-law', 'withheld-security', 'withheld-third-party',
    'withheld-internal', 'withheld-process', 'withheld-enforcement', 'withheld-inquiry',
    'unavailable-not-held', 'unavailable-to-make', 'unavailable-unclear',
    'not-handled-petition', 'not-handled-repeat', 'not-handled-publication', 'not-handled-mass', 'not-handled-confirm',
    'result-total', 'carried-forward',
  ]),
  ...['review', 'direct', 'after-review'].flatMap((group) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((outcome) => ({ table: 'appeals', row: 'count', column: `${group}-${outcome}` }))),
];

/** The cells compared between two years of one format: each row, in 表三 by its 总计 column. */
function comparedCells(format: DisclosureFormat): CellKey[] {
  return format.tables.flatMap((table: FormatTable) => table.rows.flatMap((row) =>
    table.columns.filter((c) => table.key !== 'applications' || c.key === 'total')
      .map((column) => ({ table: table.key, row: row.key, column: column.key }))));
}

const sameCell = (a: CellKey, b: CellKey) => a.table === b.table && a.row === b.row && a.column === b.column;

/** One line of the year-over-year table. */
export interface YearComparison {
  /** How the table is named (第二十条第（一）项, 表三 …). */
  table: string;
  /** Official label of the row (its last level), '' for 表四's one row. */
  row: string;
  /** Official label of the column, levels joined by ` / `. */
  column: string;
  previous: number | null;
  current: number | null;
  /** This year's cell, to link to. */
  id: string;
}

function valueAt(match: TableMatch | undefined, key: CellKey): { value: number | null; id: string } | null {
  if (!match) return null;
  const cell = matchedCell(match, key.row, key.column);
  if (!cell) return null;
  return { value: typeof cell.value === 'number' ? cell.value : null, id: cell.id };
}

/**
 * Each national-format row of a 年报 beside the previous year's, when `previous` is the same
 * body's 年报 for the year before: every row within one format, and across the 2019 and 2021
 * formats only the cells that mean the same (SAME_IN_BOTH_FORMATS). Empty otherwise.
 */
export function compareDisclosureYears(report: Report, previous: Report | null): YearComparison[] {
  if (!previous || previous.meta.year !== report.meta.year - 1 || previous.meta.issuer !== report.meta.issuer) return [];
  const now = matchDisclosure(report);
  const before = matchDisclosure(previous);
  if (!now || !before) return [];
  const keys = comparedCells(now.format)
    .filter((k) => now.format === before.format || SAME_IN_BOTH_FORMATS.some((s) => sameCell(s, k)));
  const byKey = (m: typeof now, table: string) => m.tables.find((t) => t.format.key === table);
  return keys.flatMap((key) => {
    const current = valueAt(byKey(now, key.table), key);
    const earlier = valueAt(byKey(before, key.table), key);
    const format = byKey(now, key.table)?.format;
    if (!current || !earlier || !format) return [];
    return [{
      table: format.caption || format.name,
      row: format.rows.find((r) => r.key === key.row)?.path.at(-1) ?? '',
      column: format.columns.find((c) => c.key === key.column)?.path.join(' / ') ?? '',
      previous: earlier.value,
      current: current.value,
      id: current.id,
    }];
  });
}
