import type { DisclosureFormat, FormatTable } from '../report/disclosure-format';
import { DISCLOSURE_FORMATS } from '../report/disclosure-format';
import { compactLabel, labelKey } from '../report/disclosure-match';
import { readCellValue } from '../report/table-values';
import type { TableDraft } from './tables';
import { writeMarkdownTable } from './tables';
import type { SourceBlock } from './text-blocks';

/** One cell of a flattened table: the text between two `|`, with the line it came from. */
interface Token {
  text: string;
  line: number;
}

/** A national-format table recognised in flattened text: its rows by key, values as written. */
interface FoundTable {
  format: FormatTable;
  rows: Map<string, string[]>;
}

const CAPTION = /^第二十条第\(([一二三四五六七八九十]+)\)项$/;

/** The cells of a run of `|` lines, in reading order (a line's closing `|` ends it, no cell). */
function tokensOf(blocks: readonly SourceBlock[]): Token[] {
  return blocks.flatMap((block) => {
    const cells = block.text.split('|').map((text) => text.trim());
    if (block.text.trimEnd().endsWith('|')) cells.pop();
    return cells.map((text) => ({ text, line: block.line }));
  });
}

const isValue = (text: string) => typeof readCellValue(text) !== 'string';

/** What a label token can be in one format: a row of some table, a header or group label, a caption. */
function vocabulary(format: DisclosureFormat) {
  const rows = new Map<string, { table: FormatTable; key: string }[]>();
  const headers = new Map<string, Set<FormatTable>>();
  const add = (key: string, table: FormatTable) => headers.set(key, (headers.get(key) ?? new Set()).add(table));
  for (const table of format.tables) {
    for (const row of table.rows) {
      const last = row.path.at(-1);
      if (last === undefined) continue;
      const key = labelKey(last);
      rows.set(key, [...(rows.get(key) ?? []), { table, key: row.key }]);
      row.path.slice(0, -1).forEach((level) => add(labelKey(level), table));
    }
    for (const column of table.columns) column.path.forEach((level) => add(labelKey(level), table));
    if (table.labelHeader) add(labelKey(table.labelHeader), table);
  }
  return { rows, headers };
}

/**
 * Reads the cells of a flattened region as tables of one format. Null when any cell does not
 * fit (a label the format does not know, a row with the wrong number of values, a number
 * outside a row): then nothing is converted and no number can be lost or doubled.
 */
function readRegion(tokens: readonly Token[], format: DisclosureFormat): FoundTable[] | null {
  const { rows, headers } = vocabulary(format);
  const found: FoundTable[] = [];
  let current: FormatTable | null = null;
  const tableFor = (table: FormatTable): FoundTable => {
    const existing = found.find((f) => f.format === table);
    if (existing) return existing;
    const created = { format: table, rows: new Map<string, string[]>() };
    found.push(created);
    return created;
  };
  let i = 0;
  while (i < tokens.length) {
    const text = tokens[i]?.text ?? '';
    let end = i + 1;
    while (end < tokens.length && isValue(tokens[end]?.text ?? '')) end += 1;
    const values = tokens.slice(i + 1, end).map((t) => t.text);
    const caption = CAPTION.exec(compactLabel(text));
    if (caption) {
      current = format.tables.find((t) => t.caption !== '' && CAPTION.exec(compactLabel(t.caption))?.[1] === caption[1]) ?? null;
      if (!current) return null;
    } else if (isValue(text)) {
      // Cells before any row label: blank ones carry nothing; numbers belong to 表四's one row.
      const run = tokens.slice(i, end).map((t) => t.text);
      if (run.every((t) => t.trim() === '')) { i = end; continue; }
      const row = current?.rows[0];
      if (!current || !row || row.path.length > 0 || run.length !== current.columns.length) return null;
      tableFor(current).rows.set(row.key, run);
      i = end;
      continue;
    } else {
      const key = labelKey(text);
      const candidates = (rows.get(key) ?? []).filter((r) => !current || r.table === current || !rows.get(key)?.some((o) => o.table === current));
      const header = headers.get(key);
      // 总计 after 表四's headers is its last header, not 表三's （七）总计 row.
      const headerOfCurrent = current !== null && header?.has(current) === true && !candidates.some((r) => r.table === current);
      if (candidates.length > 0 && values.length > 0 && !headerOfCurrent) {
        const row = candidates[0];
        if (!row || candidates.length > 1 || values.length !== row.table.columns.length) return null;
        current = row.table;
        tableFor(current).rows.set(row.key, values);
        i = end;
        continue;
      }
      if (!header) return null;
      if (header.size === 1) current = [...header][0] ?? current;
    }
    i += 1;
  }
  return found.length > 0 ? found : null;
}

/** A recognised table as the portal's Markdown, with the official labels of the format. */
function toMarkdown(table: FoundTable): string {
  const draft: TableDraft = {
    caption: table.format.caption,
    labelHeader: table.format.labelHeader,
    columns: table.format.columns.map((c) => c.path),
    rows: table.format.rows.filter((r) => table.rows.has(r.key)).map((r) => ({ label: r.path, cells: table.rows.get(r.key) ?? [] })),
  };
  return writeMarkdownTable(draft);
}

/** A run of `|` lines converted, or left as it was. */
export interface WebTableRegion {
  /** Lines of the region in the imported text. */
  first: number;
  last: number;
  /** The Markdown tables, or null when the lines do not follow the national format. */
  markdown: string | null;
}

/**
 * Finds tables that a web page copy flattened to `|` lines (rows of unequal length where merged
 * cells collapsed) and converts those that follow the national format of the 年报 (2021 or the
 * 2019 trial) into Markdown tables with the official labels. Every cell's number lands in
 * exactly one table cell, or the region is left untouched.
 */
export function findWebTables(blocks: readonly SourceBlock[]): WebTableRegion[] {
  const regions: SourceBlock[][] = [];
  let previous: SourceBlock | undefined;
  for (const block of blocks) {
    if (!block.text.includes('|')) { previous = undefined; continue; }
    if (previous) regions.at(-1)?.push(block);
    else regions.push([block]);
    previous = block;
  }
  return regions.map((region) => {
    const tokens = tokensOf(region);
    const read = DISCLOSURE_FORMATS.map((format) => readRegion(tokens, format)).find((r) => r !== null) ?? null;
    return {
      first: region[0]?.line ?? 0,
      last: region.at(-1)?.line ?? 0,
      markdown: read ? read.map(toMarkdown).join('\n\n') : null,
    };
  });
}
