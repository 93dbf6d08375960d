import type { TableGrid } from './table-grid';
import { escapeMarkdown } from './markdown-escape';

/**
 * A Word table written the way tables have been imported so far: each paragraph of each cell
 * as a paragraph of its own, row by row, so that nothing of it is lost. Every table the
 * importer meets goes through this one function; a converter to a Markdown table
 * (`tableGridToMarkdown` in tables.ts) takes its place with the same signature.
 */
export function tableGridAsParagraphs(grid: TableGrid): string {
  return grid.rows
    .flatMap((row) => row.flatMap((cell) => cell.text.split('\n')))
    .filter((line) => line.trim() !== '')
    .map(escapeMarkdown)
    .join('\n\n');
}
