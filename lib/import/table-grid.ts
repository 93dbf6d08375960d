/**
 * A table as a document (Word) lays it out, handed from the document reader to the table
 * converter (lib/import/tables.ts). Pure data, no behaviour.
 */

/** One cell as Word lays it out; a merged cell appears once, at its top-left position. */
export interface GridCell {
  /** The cell's text, paragraphs joined by a newline. */
  text: string;
  /** Columns the cell spans (Word's gridSpan). Default 1. */
  colSpan: number;
  /** Rows the cell spans (Word's vMerge run). Default 1. */
  rowSpan: number;
}

/** A table read from a document, row by row. */
export interface TableGrid {
  rows: GridCell[][];
}
