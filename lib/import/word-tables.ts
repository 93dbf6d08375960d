/** A Word table (w:tbl) as a TableGrid: every merged cell given once, at its top-left position. Pure. */
import type { GridCell, TableGrid } from './table-grid';
import type { XmlElement } from './word-xml';
import { child, childrenNamed, childVal } from './word-xml';

/** A cell being read, with the grid column it starts at. */
interface PlacedCell extends GridCell {
  column: number;
}

/**
 * Reads a w:tbl. `cellText` gives the text of a cell's content (its paragraphs joined by a
 * newline). Horizontal merges (w:gridSpan) become colSpan; a vertical merge (w:vMerge restart …
 * continue) becomes the rowSpan of its first cell, the continuing cells left out.
 */
export function readTable(tbl: XmlElement, cellText: (tc: XmlElement) => string): TableGrid {
  const rows: PlacedCell[][] = [];
  for (const tr of childrenNamed(tbl, 'tr')) {
    const row: PlacedCell[] = [];
    let column = Number(childVal(child(tr, 'trPr'), 'gridBefore') ?? 0);
    for (const tc of childrenNamed(tr, 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const colSpan = Math.max(1, Number(childVal(tcPr, 'gridSpan') ?? 1));
      const vMerge = child(tcPr, 'vMerge');
      const continues = vMerge !== undefined && (childVal(tcPr, 'vMerge') ?? 'continue') === 'continue';
      const above = continues ? findAbove(rows, column) : undefined;
      if (above) above.rowSpan += 1;
      else row.push({ text: cellText(tc), colSpan, rowSpan: 1, column });
      column += colSpan;
    }
    rows.push(row);
  }
  return { rows: rows.map((row) => row.map(({ text, colSpan, rowSpan }) => ({ text, colSpan, rowSpan }))) };
}

/** The cell of an earlier row that covers grid column `column` and whose merge reaches the current row. */
function findAbove(rows: readonly PlacedCell[][], column: number): PlacedCell | undefined {
  for (let r = rows.length - 1; r >= 0; r--) {
    const cell = rows[r]?.find((c) => c.column === column);
    if (cell) return r + cell.rowSpan === rows.length ? cell : undefined;
  }
  return undefined;
}
