import type { FieldReview } from './front-matter-guess';
import { guessFrontMatter, isTitleLine } from './front-matter-guess';
import type { FrontMatterValues } from './front-matter-writer';
import { writeFrontMatter } from './front-matter-writer';
import { writeBody } from './markdown-writer';
import { stripPageChrome } from './page-chrome';
import type { ImportNote } from './structure';
import { recogniseStructure } from './structure';
import type { SourceBlock } from './text-blocks';
import { splitBlocks } from './text-blocks';

/** Options of an import. */
export interface ImportOptions {
  /** Slug to write; default none (left empty for staff). */
  slug?: string;
  /** Name of the imported document, recorded in the header comment; default none. */
  origin?: string;
}

/** A report file made from a document, with everything staff should look at. */
export interface ImportResult {
  /** The content file: front matter and Markdown body. */
  markdown: string;
  /** Front-matter values written. */
  values: FrontMatterValues;
  /** Required fields left empty. */
  missing: (keyof FrontMatterValues)[];
  /** Fields filled by inference. */
  review: FieldReview[];
  /** Structure recognised or left unplaced, by line of the document. */
  notes: ImportNote[];
  /** Lines of web-page chrome removed (they are not report text). */
  removed: SourceBlock[];
}

/**
 * Turns the plain text of a report (a .txt file, text extracted from Word, or a web page
 * copied with its chrome) into a content file in the portal's Markdown format. Pure: never
 * drops a paragraph of the report; reports what it could not place.
 */
export function importReport(text: string, options: ImportOptions = {}): ImportResult {
  const chrome = stripPageChrome(splitBlocks(text));
  let blocks = chrome.blocks;
  let title = chrome.page.title ?? null;
  const notes: ImportNote[] = [];
  const first = blocks[0];
  if (title === null && first && isTitleLine(first.text)) {
    title = first.text;
    blocks = blocks.slice(1);
    notes.push({ line: first.line, kind: 'recognised', message: `开头的“${first.text}”作为标题（写入头信息 title）` });
  }
  const structure = recogniseStructure(blocks);
  const guess = guessFrontMatter({
    page: chrome.page,
    title,
    firstParagraph: blocks[0]?.text ?? null,
    signed: { issuer: structure.signature?.issuer, date: structure.signature?.date },
    slug: options.slug,
  });
  const header = `${options.origin ? `由“${options.origin}”导入。` : ''}各字段的含义见 docs/publishing-guide.md`;
  return {
    markdown: `${writeFrontMatter(guess.values, header)}\n\n${writeBody(structure.blocks)}`,
    values: guess.values,
    missing: guess.missing,
    review: guess.review,
    notes: [...notes, ...structure.notes].sort((a, b) => a.line - b.line),
    removed: chrome.removed,
  };
}
