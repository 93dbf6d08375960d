import type { TableGrid } from './table-grid';

/** What a Word document's formatting says about a paragraph; absent for plain text. */
export interface BlockStyle {
  /** Outline level of a Heading style (or w:outlineLvl): 1 for Heading 1 …; absent for body text. */
  heading?: number;
  /** Word's Title style. */
  title?: boolean;
  /** Every character of the paragraph is bold. */
  bold?: boolean;
  /** Paragraph alignment. */
  align?: 'left' | 'center' | 'right' | 'justify';
}

/** One paragraph of the imported document: a non-empty line, without its indentation; or a table. */
export interface SourceBlock {
  /** Text without leading/trailing spaces (ASCII, no-break, U+3000 ideographic); '' for a table. */
  text: string;
  /** 1-based line in the imported text (after byte-order mark and line-end normalisation), or paragraph of a Word document. */
  line: number;
  /** Formatting read from Word, when the block comes from a .docx. */
  style?: BlockStyle;
  /** A table read from Word: the block is the table, kept whole wherever it stands. */
  table?: TableGrid;
}

/** Spaces that indent or pad a paragraph: ASCII, tab, no-break space and U+3000. */
const EDGE_SPACE = /^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g;

/** A line without its indentation and padding; inner no-break spaces (web pages pad with them) become ordinary spaces. */
export function cleanLine(raw: string): string {
  return raw.replace(EDGE_SPACE, '').replace(/\u00a0/g, ' ');
}

/**
 * Splits plain text (from a .txt file) into paragraphs: each non-empty line is one paragraph,
 * as Word writes them; blank lines only separate. Everything else is kept as written.
 */
export function splitBlocks(text: string): SourceBlock[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/[\n\v\f\u2028\u2029]/)
    .map((raw, i) => ({ text: cleanLine(raw), line: i + 1 }))
    .filter((block) => block.text !== '');
}
