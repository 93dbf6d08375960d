import mammoth from 'mammoth';
import type { GridCell, TableGrid } from './table-grid';

/** A node of mammoth's document model, as far as this reader looks at it. */
interface DocNode {
  type?: unknown;
  value?: unknown;
  children?: unknown;
  colSpan?: unknown;
  rowSpan?: unknown;
}

const asNode = (value: unknown): DocNode => (typeof value === 'object' && value !== null ? value : {});
const childrenOf = (node: DocNode): DocNode[] => (Array.isArray(node.children) ? node.children.map(asNode) : []);
const span = (value: unknown) => (typeof value === 'number' && value > 0 ? value : 1);

/** The text of a node: its runs' text, paragraphs separated by a newline. */
function textOf(node: DocNode): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return '\n';
  const inner = childrenOf(node).map((child) => ({ child, text: textOf(child) }));
  return inner.map(({ child, text }) => text + (child.type === 'paragraph' ? '\n' : '')).join('').replace(/\n+$/, '');
}

function gridOf(table: DocNode): TableGrid {
  return {
    rows: childrenOf(table).filter((row) => row.type === 'tableRow').map((row) =>
      childrenOf(row).filter((cell) => cell.type === 'tableCell').map((cell): GridCell => ({
        text: textOf(cell).trim(),
        colSpan: span(cell.colSpan),
        rowSpan: span(cell.rowSpan),
      }))),
  };
}

/** Tables of the document in order, looking inside tables too (a table nested in a cell comes after it). */
function collectTables(node: DocNode, found: TableGrid[]): void {
  for (const child of childrenOf(node)) {
    if (child.type === 'table') found.push(gridOf(child));
    collectTables(child, found);
  }
}

/**
 * Every table of a Word document (.docx) as a TableGrid: merged cells (Word's gridSpan and
 * vMerge) appear once, at their top-left position, with their spans. Reads mammoth's document
 * model (the same reader the importer uses for text).
 */
export async function readDocxTables(buffer: Buffer): Promise<TableGrid[]> {
  const found: TableGrid[] = [];
  await mammoth.convertToHtml({ buffer }, {
    transformDocument: (document: unknown) => {
      collectTables(asNode(document), found);
      return document;
    },
  });
  return found;
}
