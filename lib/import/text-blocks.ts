/** One paragraph of the imported document: a non-empty line, without its indentation. */
export interface SourceBlock {
  /** Text without leading/trailing spaces (ASCII, no-break, U+3000 ideographic). */
  text: string;
  /** 1-based line in the imported text (after byte-order mark and line-end normalisation). */
  line: number;
}

/** Spaces that indent or pad a paragraph: ASCII, tab, no-break space and U+3000. */
const EDGE_SPACE = /^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g;

/**
 * Splits plain text (from a .txt file or extracted from Word) into paragraphs: each non-empty
 * line is one paragraph, as Word writes them; blank lines only separate. Inner no-break spaces
 * become ordinary spaces (web pages pad with them); everything else is kept as written.
 */
export function splitBlocks(text: string): SourceBlock[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/[\n\v\f\u2028\u2029]/)
    .map((raw, i) => ({ text: raw.replace(EDGE_SPACE, '').replace(/\u00a0/g, ' '), line: i + 1 }))
    .filter((block) => block.text !== '');
}
