import type { Table, TableCell } from 'mdast';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import { plainText } from './inline';
import type { Place } from './outline';
import { lineOf } from './outline';
import { readCellValue, splitLabelPath } from './table-values';
import type { ReportTable } from './types';

/** A table read from Markdown: the model, plus what only the rendering needs. */
export interface ReadTable {
  table: ReportTable;
  /** Text of the label column's header cell (信息内容, or the 勾稽关系 note); '' if blank. */
  labelHeader: string;
  /** Each value cell's text as written, row by row (for display: `/` stays `/`). */
  written: string[][];
}

/** Where a table stands and what it is called. */
export interface TablePlace extends Place {
  /** The Markdown body, to read escapes (`\/`) that the syntax tree no longer shows. */
  source: string;
  id: string;
  title: string;
  section: number | null;
}

/** A label cell's levels; the raw source decides when it holds an escaped ` \/ `. */
function labelOf(cell: TableCell | undefined, source: string): string[] {
  if (!cell) return [''];
  const start = cell.position?.start.offset;
  const end = cell.position?.end.offset;
  const raw = start === undefined || end === undefined ? '' : source.slice(start, end).trim().replace(/^\||\|$/g, '').trim();
  if (raw.includes('\\/')) return splitLabelPath(raw.replace(/\\([!-.:-@[-`{-~])/g, '$1'));
  return splitLabelPath(plainText(cell).trim());
}

const warning = (p: ContentProblem): ContentProblem => ({ ...p, severity: 'warning' });

/**
 * Reads a GFM table: the header row gives the label column's heading and one header path per
 * value column; each body row a label path and its values. A row with more cells than the
 * header is an error (the extra cells would be lost); a shorter row a warning.
 */
export function readTable(node: Table, place: TablePlace): { read: ReadTable; problems: ContentProblem[] } {
  const [header, ...body] = node.children;
  const headerCells = header?.children ?? [];
  const columns = headerCells.slice(1).map((cell) => labelOf(cell, place.source));
  const problems: ContentProblem[] = [];
  const line = lineOf(node, place);
  columns.forEach((path, i) => {
    if (path.every((level) => level === '')) {
      problems.push(warning(problem(place.file, line, '表格', `表头第${i + 2}列是空的：请写明这一列的名称`)));
    }
  });
  const written: string[][] = [];
  const rows = body.map((row) => {
    const rowLine = lineOf(row, place, line);
    const cells = row.children.slice(1).map((cell) => plainText(cell).trim());
    if (cells.length > columns.length) {
      problems.push(problem(place.file, rowLine, '表格',
        `这一行有 ${cells.length + 1} 格，比表头多 ${cells.length - columns.length} 格：多出的内容不会显示。请删去多写的“|”，或在表头补上这一列`));
    } else if (cells.length < columns.length) {
      problems.push(warning(problem(place.file, rowLine, '表格',
        `这一行只有 ${cells.length + 1} 格，表头有 ${columns.length + 1} 格：缺少的格按“不适用”显示；如果数值是 0，请填写 0`)));
    }
    const texts = columns.map((_, i) => cells[i] ?? '');
    written.push(texts);
    return { label: labelOf(row.children[0], place.source), values: texts.map(readCellValue), line: rowLine };
  });
  const table: ReportTable = { id: place.id, title: place.title, section: place.section, columns, rows, line };
  return { read: { table, labelHeader: plainText(headerCells[0] ?? { type: 'tableCell', children: [] }).trim(), written }, problems };
}
