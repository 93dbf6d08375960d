import { readCellValue } from '../report/table-values';
import type { GridCell, TableGrid } from './table-grid';

/** A table ready to be written as Markdown: label paths, header paths, cells as written. */
export interface TableDraft {
  /** Caption paragraph written before the table; '' for none. */
  caption: string;
  /** Header of the label column. */
  labelHeader: string;
  columns: readonly (readonly string[])[];
  rows: readonly { label: readonly string[]; cells: readonly string[] }[];
}

/** A cell's text for a Markdown table: one line, with what Markdown would read as syntax escaped. */
function cellText(text: string): string {
  return text
    .replace(/\s*\n\s*/g, (_, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + _.length] ?? '';
      return /[\u3000-\u9fff\uff00-\uffef]/.test(before + after) ? '' : ' ';
    })
    .replace(/[\\`*_[\]<|]/g, (c) => `\\${c}`)
    .trim();
}

/** One level of a path: a literal ` / ` inside it is written ` \/ `. */
const level = (text: string) => cellText(text).replace(/ \/ /g, ' \\/ ');

const pathText = (path: readonly string[]) => path.map(level).filter((t) => t !== '').join(' / ');

/** Writes a table in the portal's Markdown form: ` / ` joins header and label levels. */
export function writeMarkdownTable(draft: TableDraft): string {
  const header = [cellText(draft.labelHeader), ...draft.columns.map(pathText)];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...draft.rows.map((row) => `| ${[pathText(row.label), ...row.cells.map(cellText)].join(' | ')} |`),
  ];
  const table = lines.join('\n');
  return draft.caption ? `${cellText(draft.caption)}\n\n${table}` : table;
}

/** A grid position: the cell laid out there and whether it is that cell's top-left position. */
interface Slot {
  cell: GridCell;
  origin: boolean;
}

/** The grid with every merged cell repeated over the positions it covers. */
function expand(grid: TableGrid): Slot[][] {
  const slots: Slot[][] = grid.rows.map(() => []);
  grid.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (slots[r]?.[c]) c += 1;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) {
          const target = slots[r + dr];
          if (target) target[c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...slots.map((row) => row.length));
  const blank: GridCell = { text: '', colSpan: 1, rowSpan: 1 };
  return slots.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { cell: blank, origin: true }));
}

const isNumber = (text: string) => typeof readCellValue(text) === 'number';
/** Text that is neither a number nor a not-applicable mark (/, —): a label. */
const isLabel = (text: string) => typeof readCellValue(text) === 'string';

/** Distinct cells along a run of slots, in order (a cell merged over several counts once). */
function levels(slots: readonly Slot[]): string[] {
  const seen: GridCell[] = [];
  for (const slot of slots) if (!seen.includes(slot.cell)) seen.push(slot.cell);
  return seen.map((cell) => cell.text.trim()).filter((text) => text !== '');
}

/** Rows at the top that hold no number: the header rows (at least the top-left cell's height). */
function headerRows(slots: readonly Slot[][]): number {
  let count = 0;
  while (count < slots.length - 1 && !(slots[count] ?? []).some((s) => s.origin && isNumber(s.cell.text))) count += 1;
  const corner = slots[0]?.[0]?.cell.rowSpan ?? 1;
  return Math.min(Math.max(count, corner, 1), Math.max(slots.length - 1, 1));
}

/** Columns at the left whose body cells hold text and never a number or a / mark: the label columns. */
function labelColumns(slots: readonly Slot[][], header: number): number {
  const body = slots.slice(header);
  const width = slots[0]?.length ?? 0;
  let count = 0;
  while (count < width - 1 && body.every((row) => !isNumber(row[count]?.cell.text ?? '')) &&
    body.some((row) => isLabel(row[count]?.cell.text ?? ''))) count += 1;
  return count;
}

/** A row whose one cell spans the whole width: a caption inside the table (第二十条第（一）项). */
const isCaptionRow = (row: readonly GridCell[], width: number) => row.length === 1 && (row[0]?.colSpan ?? 1) >= width && width > 1;

/** Drops columns that only repeat the column before them in every row (cells merged across both). */
function distinctColumns(slots: readonly Slot[][]): Slot[][] {
  const width = slots[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, c) => c).filter((c) => c === 0 || slots.some((row) => row[c]?.cell !== row[c - 1]?.cell));
  return slots.map((row) => keep.map((c) => row[c] ?? { cell: { text: '', colSpan: 1, rowSpan: 1 }, origin: true }));
}

/** Converts one grid (without caption rows) to a draft. */
function draftOf(grid: TableGrid, caption: string): TableDraft {
  const slots = distinctColumns(expand(grid));
  const header = headerRows(slots);
  const labels = labelColumns(slots, header);
  const width = slots[0]?.length ?? 0;
  const columnIndexes = Array.from({ length: width - labels }, (_, i) => i + labels);
  return {
    caption,
    labelHeader: labels > 0 ? levels(slots.slice(0, header).flatMap((row) => row.slice(0, labels))).join(' ') : '',
    columns: columnIndexes.map((c) => levels(slots.slice(0, header).map((row) => row[c]).filter((s): s is Slot => s !== undefined))),
    rows: slots.slice(header).map((row) => ({
      label: levels(row.slice(0, labels)),
      // A value merged over several columns is written once, in its first column: never twice.
      cells: columnIndexes.map((c) => (row[c]?.origin ? row[c]?.cell.text ?? '' : '')),
    })),
  };
}

/**
 * Converts a table as Word lays it out to the portal's Markdown table form: the header rows
 * (those above the first number) give each value column's header path, merged cells becoming
 * ` / ` levels; the label columns (text, never numbers) give each row's label path. A row that
 * is one cell across the whole table (第二十条第（一）项 inside one Word table) starts a new
 * table with that caption. Every cell's text appears once in the result.
 */
export function tableGridToMarkdown(grid: TableGrid): string {
  const width = Math.max(0, ...grid.rows.map((row) => row.reduce((n, c) => n + Math.max(1, c.colSpan), 0)));
  const parts: { caption: string; rows: GridCell[][] }[] = [];
  for (const row of grid.rows) {
    if (isCaptionRow(row, width)) parts.push({ caption: row[0]?.text.trim() ?? '', rows: [] });
    else if (parts.length === 0) parts.push({ caption: '', rows: [row] });
    else parts.at(-1)?.rows.push(row);
  }
  return parts
    .map((part) => (part.rows.length === 0 ? cellText(part.caption) : writeMarkdownTable(draftOf({ rows: part.rows }, part.caption))))
    .join('\n\n');
}
