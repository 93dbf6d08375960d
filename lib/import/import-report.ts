import type { FieldReview } from './front-matter-guess';
import { guessFrontMatter } from './front-matter-guess';
import type { FrontMatterValues, RequiredField } from './front-matter-writer';
import { writeFrontMatter } from './front-matter-writer';
import { writeBody } from './markdown-writer';
import { stripPageChrome } from './page-chrome';
import type { ImportNote, OutputBlock } from './structure';
import { recogniseStructure } from './structure';
import type { SourceBlock } from './text-blocks';
import { splitBlocks } from './text-blocks';
import { isAddressee, readTitleLines } from './title';
import { findWebTables } from './web-tables';

/**
 * Puts one placeholder paragraph where each web-copied table that follows the national format
 * stands (structure recognition must not read its rows, 一、本年新收…, as sections), and notes
 * each `|` region found. The placeholders map to the tables' Markdown.
 */
function takeWebTables(blocks: readonly SourceBlock[]) {
  const tables = new Map<string, string>();
  const notes: ImportNote[] = [];
  let kept = [...blocks];
  for (const region of findWebTables(blocks)) {
    const where = region.first === region.last ? `第${region.first}行` : `第${region.first}—${region.last}行`;
    if (region.markdown === null) {
      notes.push({ line: region.first, kind: 'unplaced', message: `${where}像是从网页复制的表格（以“|”分隔），但不符合政府信息公开工作年度报告的全国统一格式：已原样保留，请改写为表格（写法见发布指南“表格”一节）` });
      continue;
    }
    const placeholder = `［表格：${where}］。`;
    tables.set(placeholder, region.markdown);
    kept = kept.flatMap((b) => (b.line < region.first || b.line > region.last ? [b] : b.line === region.first ? [{ ...b, text: placeholder }] : []));
    notes.push({ line: region.first, kind: 'recognised', message: `${where}以“|”分隔的表格按全国统一格式转换为表格，请对照原文核对` });
  }
  return { blocks: kept, tables, notes };
}

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
  missing: RequiredField[];
  /** Fields filled by inference. */
  review: FieldReview[];
  /** Structure recognised or left unplaced, by line of the document. */
  notes: ImportNote[];
  /** Lines removed as not report text: web-page chrome, page numbers, Word's headers and footers. */
  removed: SourceBlock[];
}

/** Text compared as a title: without spaces and a 【栏目】 prefix. */
const titleKey = (text: string) => text.replace(/^【[^】]*】/, '').replace(/[\s\u3000]/g, '');

/**
 * Turns the plain text of a report (a .txt file, text extracted from Word, or a web page
 * copied with its chrome) into a content file in the portal's Markdown format. Pure: never
 * drops a paragraph of the report; reports what it could not place.
 */
export function importReport(text: string, options: ImportOptions = {}): ImportResult {
  return importBlocks(splitBlocks(text), options);
}

/**
 * Turns the paragraphs (and tables) of a report into a content file: page chrome removed and
 * read, the title (one or several lines, or Word's title lines) taken into front matter, the
 * 主送 line kept at the head of the intro, the structure recognised. `furniture` are lines the
 * reader found outside the text (Word's headers and footers): reported as removed.
 */
export function importBlocks(source: readonly SourceBlock[], options: ImportOptions & { furniture?: readonly SourceBlock[] } = {}): ImportResult {
  const chrome = stripPageChrome(source);
  let blocks = chrome.blocks;
  let title = chrome.page.title ?? null;
  const notes: ImportNote[] = [];
  const lead = readTitleLines(blocks);
  if (lead && (title === null || titleKey(lead.title) === titleKey(title))) {
    title ??= lead.title;
    const lines = blocks.slice(0, lead.count);
    notes.push({ line: lines[0]?.line ?? 1, kind: 'recognised', message: `开头的“${lines.map((b) => b.text).join('”“')}”作为标题（写入头信息 title）` });
    blocks = blocks.slice(lead.count);
  }
  const addressee = blocks[0] !== undefined && isAddressee(blocks[0].text) ? blocks[0] : null;
  if (addressee) notes.push({ line: addressee.line, kind: 'recognised', message: `“${addressee.text}”作为主送机关，保留在引言开头` });
  const web = takeWebTables(blocks);
  notes.push(...web.notes);
  const recognised = recogniseStructure(web.blocks);
  const structure = {
    ...recognised,
    blocks: recognised.blocks.map((b): OutputBlock => {
      const markdown = b.kind === 'paragraph' ? web.tables.get(b.text) : undefined;
      return markdown === undefined ? b : { kind: 'table' as const, markdown, line: b.line };
    }),
  };
  const guess = guessFrontMatter({
    page: chrome.page,
    title,
    firstParagraph: web.blocks[addressee ? 1 : 0]?.text ?? null,
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
    removed: [...(options.furniture ?? []), ...chrome.removed],
  };
}
