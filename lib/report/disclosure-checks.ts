import type { FormatTable } from './disclosure-format';
import { outcomeRows } from './disclosure-format';
import type { TableMatch } from './disclosure-match';
import { matchDisclosure, matchedCell } from './disclosure-match';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import { toChineseNumeral } from './numerals';
import { joinLabelPath } from './table-values';
import type { Report } from './types';

/** The field name of every table problem. */
const FIELD = '表格';

const warning = (file: string, line: number, message: string): ContentProblem =>
  ({ ...problem(file, line, FIELD, message), severity: 'warning' });

/** Keywords that show each of the six parts in a section title. */
const PART_WORDS = [/总体情况/, /主动公开/, /申请/, /复议|诉讼/, /问题|改进/, /其他/];

/** How a message names a format table: its name, and for 表三/表四 the part it reports. */
function tableName(format: FormatTable, parts: readonly string[]): string {
  return format.part === 2 ? format.name : `${format.name}（${parts[format.part - 1] ?? ''}）`;
}

/** Line of the section holding the part, or the body's first line. */
function partLine(report: Pick<Report, 'sections'>, part: number, fallback: number): number {
  return report.sections.find((s) => s.number === part)?.line ?? fallback;
}

/**
 * Errors for a 年报 lacking a whole table of the national format: a defect evaluators mark
 * and readers miss, so the report is not published until the table is there.
 */
export function disclosureErrors(report: Pick<Report, 'meta' | 'sections' | 'tables'>, file: string, bodyLine: number): ContentProblem[] {
  const match = matchDisclosure(report);
  if (!match) return [];
  return match.missing.map((table) => problem(file, partLine(report, table.part, bodyLine), FIELD,
    `缺少${tableName(table, match.format.parts)}：按${match.format.name}，政府信息公开工作年度报告必须有这张表。请按发布指南补上（表格写法见指南“表格”一节），本年度没有发生的事项填 0`));
}

/** For each path, its shortest run of final levels that no other path shares, joined by ` / `. */
export function shortNames(paths: readonly (readonly string[])[]): string[] {
  return paths.map((path, i) => {
    for (let n = 1; n < path.length; n++) {
      const tail = path.slice(-n).join('/');
      if (!paths.some((other, j) => j !== i && other.slice(-n).join('/') === tail)) return joinLabelPath(path.slice(-n));
    }
    return joinLabelPath(path);
  });
}

const tidy = (n: number) => Number(n.toPrecision(12));

/** Names and values of one matched table, for the arithmetic rules. */
function reader(match: TableMatch) {
  const rowNames = shortNames(match.table.rows.map((r) => r.label));
  const columnNames = shortNames(match.table.columns);
  /** A cell's number (null counts as 0); undefined when missing or not a number. */
  const number = (rowKey: string, columnKey: string): number | undefined => {
    const cell = matchedCell(match, rowKey, columnKey);
    if (!cell || typeof cell.value === 'string') return undefined;
    return cell.value ?? 0;
  };
  const sum = (cells: [string, string][]): number | undefined => {
    const values = cells.map(([r, c]) => number(r, c));
    return values.every((v): v is number => v !== undefined) ? tidy(values.reduce((a, b) => a + b, 0)) : undefined;
  };
  const rowName = (key: string) => rowNames[match.rows.get(key) ?? -1] ?? '';
  const columnName = (key: string) => columnNames[match.columns.get(key) ?? -1] ?? '';
  const rowLine = (key: string) => match.table.rows[match.rows.get(key) ?? -1]?.line ?? match.table.line;
  return { number, sum, rowName, columnName, rowLine };
}

type Read = ReturnType<typeof reader>;

/** `表三“row”行“column”列：各项之和为 a，填写为 b`, for one total that its parts do not make. */
function totalProblem(file: string, name: string, read: Read, rowKey: string, columnKey: string, parts: [string, string][]): ContentProblem[] {
  const total = read.number(rowKey, columnKey);
  const sum = read.sum(parts);
  if (total === undefined || sum === undefined || total === sum) return [];
  const row = read.rowName(rowKey);
  return [warning(file, read.rowLine(rowKey),
    `${name}${row ? `“${row}”行` : ''}“${read.columnName(columnKey)}”列：各项之和为 ${sum}，填写为 ${total}`)];
}

/** 表三: every column 一+二 = （七）总计+四 and （七）总计 = the outcomes; every row 总计 = the applicants. */
function applicationRules(match: TableMatch, file: string): ContentProblem[] {
  const read = reader(match);
  const { format } = match;
  const columns = format.columns.map((c) => c.key).filter((k) => match.columns.has(k));
  const applicants = format.columns.filter((c) => c.key !== 'total').map((c) => c.key);
  const outcomes = outcomeRows(format).map((r) => r.key);
  const allOutcomes = outcomes.every((k) => match.rows.has(k));
  const allApplicants = applicants.every((k) => match.columns.has(k)) && match.columns.has('total');
  return [
    ...columns.flatMap((c) => {
      const received = read.sum([['new', c], ['carried-over', c]]);
      const handled = read.sum([['result-total', c], ['carried-forward', c]]);
      if (received === undefined || handled === undefined || received === handled) return [];
      return [warning(file, read.rowLine('carried-forward'),
        `表三“${read.columnName(c)}”列：“${read.rowName('new')}”加“${read.rowName('carried-over')}”为 ${received}，“${read.rowName('result-total')}”加“${read.rowName('carried-forward')}”为 ${handled}，两者应相等`)];
    }),
    ...(allOutcomes ? columns.flatMap((c) => totalProblem(file, '表三', read, 'result-total', c, outcomes.map((r) => [r, c]))) : []),
    ...(allApplicants
      ? format.rows.filter((r) => match.rows.has(r.key)).flatMap((r) =>
        totalProblem(file, '表三', read, r.key, 'total', applicants.map((c) => [r.key, c])))
      : []),
  ];
}

/** 表四: in each group 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
function appealRules(match: TableMatch, file: string): ContentProblem[] {
  const read = reader(match);
  const row = match.format.rows[0]?.key ?? 'count';
  return ['review', 'direct', 'after-review'].flatMap((group) => {
    const keys = ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => `${group}-${k}`);
    if (!keys.every((k) => match.columns.has(k))) return [];
    return totalProblem(file, '表四', read, row, `${group}-total`, keys.slice(0, 4).map((k) => [row, k]));
  });
}

/** Missing rows and columns, and cells holding text where the format wants a number. */
function completeness(match: TableMatch, file: string, parts: readonly string[]): ContentProblem[] {
  const name = tableName(match.format, parts);
  const read = reader(match);
  const missing = [
    ...match.format.rows.filter((r) => r.path.length > 0 && !match.rows.has(r.key))
      .map((r) => warning(file, match.table.line, `${name}缺少“${joinLabelPath(r.path)}”行：请按全国统一格式补上这一行，没有的填 0`)),
    ...match.format.columns.filter((c) => !match.columns.has(c.key))
      .map((c) => warning(file, match.table.line, `${name}缺少“${joinLabelPath(c.path)}”列：请按全国统一格式补上这一列，没有的填 0`)),
  ];
  const texts = match.format.rows.flatMap((r) => match.format.columns.flatMap((c) => {
    const cell = matchedCell(match, r.key, c.key);
    if (!cell || typeof cell.value !== 'string') return [];
    const row = read.rowName(r.key);
    return [warning(file, read.rowLine(r.key),
      `${match.format.name}${row ? `“${row}”行` : ''}“${read.columnName(c.key)}”列填写的“${cell.value}”不是数字：请只填写数字，不适用的填 /`)];
  }));
  return [...missing, ...texts];
}

/** Parts of the national format that no section title shows. */
function missingParts(report: Report, file: string, line: number, parts: readonly string[]): ContentProblem[] {
  return parts.flatMap((title, i) => report.sections.some((s) => PART_WORDS[i]?.test(s.title)) ? [] : [
    warning(file, line, `似乎缺少第${toChineseNumeral(i + 1)}部分“${title}”：按全国统一格式，政府信息公开工作年度报告由六部分组成，依次为${parts.map((p, k) => `${toChineseNumeral(k + 1)}、${p}`).join('；')}。如已用其他标题写明，可忽略本提示`),
  ]);
}

/**
 * Advice on a valid 年报 (warnings): parts of the national format that seem missing, missing
 * rows and columns, text where a number belongs, and every broken 勾稽关系, each naming the
 * table, row and column and the two numbers that disagree. `line` is the body's first line.
 */
export function disclosureWarnings(report: Report, file: string, line: number): ContentProblem[] {
  const match = matchDisclosure(report);
  if (!match) return [];
  const { parts } = match.format;
  return [
    ...missingParts(report, file, line, parts),
    ...match.tables.flatMap((m) => [
      ...completeness(m, file, parts),
      ...(m.format.key === 'applications' ? applicationRules(m, file) : []),
      ...(m.format.key === 'appeals' ? appealRules(m, file) : []),
    ]),
  ];
}
