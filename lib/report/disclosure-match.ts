import type { DisclosureFormat, FormatLine, FormatTable } from './disclosure-format';
import { DISCLOSURE_FORMATS, FORMAT_2019, FORMAT_2021 } from './disclosure-format';
import { kindFromTitle } from './meta-schema';
import { cellId } from './table-html';
import type { Report, ReportTable, TableValue } from './types';

/** Width variants, spaces and quotes removed, so that labels compare as staff mean them. */
export function compactLabel(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[（(]/g, '(').replace(/[）)]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[“”"‘’'「」]/g, '');
}

/**
 * The key of one label level: compacted, without its ordinal (一、 （一） 1.), the list
 * punctuation inside it, or a closing remark in brackets — （二）部分公开（区分处理的…） and
 * (二)部分公开 both read 部分公开.
 */
export function labelKey(text: string): string {
  const known = KEYS.get(text);
  if (known !== undefined) return known;
  const key = readLabelKey(text);
  KEYS.set(text, key);
  return key;
}

/** Label keys already read: the same few hundred labels recur in every 年报. */
const KEYS = new Map<string, string>();

function readLabelKey(text: string): string {
  const compact = compactLabel(text)
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\)|\d+[.．、])/, '')
    .replace(/[、，,；;。]/g, '');
  const bare = compact.replace(/\([^()]*\)$/, '');
  return bare === '' ? compact : bare;
}

const pathKeys = (path: readonly string[]) => path.map(labelKey).filter((k) => k !== '');

const SUFFIXES = new WeakMap<readonly FormatLine[], string[][]>();

/** For each line, the shortest run of final levels that tells it apart from the other lines. */
function suffixes(lines: readonly FormatLine[]): string[][] {
  const known = SUFFIXES.get(lines);
  if (known) return known;
  const found = readSuffixes(lines);
  SUFFIXES.set(lines, found);
  return found;
}

function readSuffixes(lines: readonly FormatLine[]): string[][] {
  const all = lines.map((l) => pathKeys(l.path));
  return all.map((keys, i) => {
    for (let n = 1; n < keys.length; n++) {
      const tail = keys.slice(-n).join('/');
      if (!all.some((other, j) => j !== i && other.slice(-n).join('/') === tail)) return keys.slice(-n);
    }
    return keys;
  });
}

const endsWith = (path: readonly string[], suffix: readonly string[]) => {
  const keys = pathKeys(path);
  return suffix.length <= keys.length && suffix.every((s, i) => keys[keys.length - suffix.length + i] === s);
};

/** Index of each format line found among `paths` (by its distinguishing final levels). */
function findLines(lines: readonly FormatLine[], paths: readonly string[][]): Map<string, number> {
  const found = new Map<string, number>();
  if (lines.length === 1 && lines[0]?.path.length === 0) {
    // A table without a label column (表四): its one row is the first row.
    if (paths.length > 0) found.set(lines[0].key, 0);
    return found;
  }
  suffixes(lines).forEach((suffix, i) => {
    const at = paths.findIndex((p) => endsWith(p, suffix));
    const line = lines[i];
    if (at >= 0 && line) found.set(line.key, at);
  });
  return found;
}

/** A report table matched to a table of the national format. */
export interface TableMatch {
  format: FormatTable;
  table: ReportTable;
  /** Row index in the report table of each format row found, by key. */
  rows: Map<string, number>;
  /** Column index of each format column found, by key. */
  columns: Map<string, number>;
}

/** One value cell reached through a match, with its anchor id. */
export interface MatchedCell {
  value: TableValue;
  row: number;
  column: number;
  id: string;
}

/** The cell of a format row and column, or null when the report's table lacks either. */
export function matchedCell(match: TableMatch, rowKey: string, columnKey: string): MatchedCell | null {
  const row = match.rows.get(rowKey);
  const column = match.columns.get(columnKey);
  if (row === undefined || column === undefined) return null;
  return { value: match.table.rows[row]?.values[column] ?? null, row, column, id: cellId(match.table.id, row, column) };
}

function matchTable(format: FormatTable, table: ReportTable): { match: TableMatch; score: number } | null {
  const rows = findLines(format.rows, table.rows.map((r) => r.label));
  const columns = findLines(format.columns, table.columns);
  const captioned = format.caption !== '' && compactLabel(table.title).includes(compactLabel(format.caption));
  if (!captioned && (rows.size === 0 || columns.size === 0 || (format.rows[0]?.path.length === 0 && columns.size < 2))) return null;
  return { match: { format, table, rows, columns }, score: rows.size + columns.size + (captioned ? 2 : 0) };
}

/** A 年报's tables matched to one version of the national format. */
export interface DisclosureMatch {
  format: DisclosureFormat;
  /** The tables found, in the format's order. */
  tables: TableMatch[];
  /** Tables of the format that the report lacks. */
  missing: FormatTable[];
}

function matchFormat(format: DisclosureFormat, tables: readonly ReportTable[]): { result: DisclosureMatch; score: number } {
  const candidates = format.tables
    .flatMap((f) => tables.flatMap((t) => matchTable(f, t) ?? []))
    .sort((a, b) => b.score - a.score);
  const taken = new Map<FormatTable, TableMatch>();
  const used = new Set<ReportTable>();
  let score = 0;
  for (const { match, score: s } of candidates) {
    if (taken.has(match.format) || used.has(match.table)) continue;
    taken.set(match.format, match);
    used.add(match.table);
    score += s;
  }
  const found = format.tables.flatMap((f) => taken.get(f) ?? []);
  return { result: { format, tables: found, missing: format.tables.filter((f) => !taken.has(f)) }, score };
}

/** Whether a report is a 政府信息公开工作年度报告: its kind or its title says so. */
export function isDisclosureReport(report: Pick<Report, 'meta'>): boolean {
  const kind = '政府信息公开工作年度报告';
  return report.meta.kind === kind || kindFromTitle(report.meta.title) === kind;
}

/**
 * Each report's match, once per report object: a 年报 page, its figures page, the next year's
 * pages and the comparison tables all ask for it (about 1 ms a report, four or five times per
 * build otherwise). Reports are never changed after parsing, and neither are the matches.
 */
const matches = new WeakMap<object, DisclosureMatch | null>();

/**
 * Matches a 年报's tables to the national format by their labels, in the version that fits them
 * best (2021 or the 2019 trial; on a tie, the one in force for the report's year). Null for
 * any other kind of report.
 */
export function matchDisclosure(report: Pick<Report, 'meta' | 'tables'>): DisclosureMatch | null {
  const known = matches.get(report);
  if (known !== undefined) return known;
  const match = matchBest(report);
  matches.set(report, match);
  return match;
}

function matchBest(report: Pick<Report, 'meta' | 'tables'>): DisclosureMatch | null {
  if (!isDisclosureReport(report)) return null;
  const byYear = report.meta.year >= 2021 ? FORMAT_2021 : FORMAT_2019;
  const results = DISCLOSURE_FORMATS.map((f) => matchFormat(f, report.tables));
  const best = Math.max(...results.map((r) => r.score));
  const chosen = results.find((r) => r.score === best && r.result.format === byYear) ?? results.find((r) => r.score === best);
  return chosen?.result ?? null;
}
