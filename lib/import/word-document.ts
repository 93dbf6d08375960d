/**
 * Reads the structure of a Word document (.docx parts as XML text) into the importer's blocks:
 * each paragraph with its automatic numbering written out (一、 as Word shows it), its Heading or
 * Title style, bold and alignment; each table as a TableGrid; the page headers and footers
 * apart. Pure: the zip is opened by the caller.
 */
import type { TableGrid } from './table-grid';
import type { BlockStyle, SourceBlock } from './text-blocks';
import { cleanLine } from './text-blocks';
import type { WordNumbering } from './word-numbering';
import { readNumbering } from './word-numbering';
import type { WordStyle } from './word-styles';
import { alignment, numberingOf, outlineLevel, readStyles } from './word-styles';
import { readTable } from './word-tables';
import type { XmlElement } from './word-xml';
import { attr, child, children, childVal, descendants, isOn, parseXml } from './word-xml';

/** The XML parts of a .docx the reader uses. */
export interface WordParts {
  /** word/document.xml. */
  document: string;
  /** word/styles.xml, if present. */
  styles?: string;
  /** word/numbering.xml, if present. */
  numbering?: string;
  /** word/header*.xml and word/footer*.xml. */
  furniture: string[];
  /** word/footnotes.xml and word/endnotes.xml, if present. */
  notes: string[];
}

/** A Word document as the importer reads it. */
export interface WordDocument {
  /** Paragraphs (one block per line) and tables of the body, numbered by paragraph. */
  blocks: SourceBlock[];
  /** Lines of the page headers and footers: not report text. */
  furniture: SourceBlock[];
  /** What could not be read, in Chinese. */
  warnings: string[];
}

/** Elements whose content is read as if it stood in their place (links, tracked insertions, content controls). */
const TRANSPARENT = new Set(['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'sdt', 'sdtContent', 'bdo', 'dir']);

interface Reading {
  styles: Map<string, WordStyle>;
  numbering: WordNumbering;
  textBoxes: number;
}

/** Text of one run and whether it is bold. */
function runText(r: XmlElement, paragraphBold: boolean, reading: Reading): { text: string; bold: boolean } {
  const rPr = child(r, 'rPr');
  if (isOn(rPr, 'vanish')) return { text: '', bold: true };
  const styleBold = reading.styles.get(childVal(rPr, 'rStyle') ?? '')?.bold;
  const bold = isOn(rPr, 'b') ?? styleBold ?? paragraphBold;
  let text = '';
  for (const c of children(r)) {
    if (c.localName === 't') text += c.textContent ?? '';
    else if (c.localName === 'tab') text += '\t';
    else if (c.localName === 'br' || c.localName === 'cr') text += '\n';
    else if (c.localName === 'noBreakHyphen') text += '-';
    else if (c.localName === 'sym') text += symbol(attr(c, 'char'));
    else if (descendants(c, 'txbxContent').length > 0) reading.textBoxes += 1;
  }
  return { text, bold };
}

/** A w:sym character, unless it is a private-use glyph of a symbol font. */
function symbol(hex: string | undefined): string {
  const code = parseInt(hex ?? '', 16);
  return Number.isFinite(code) && !(code >= 0xe000 && code <= 0xf8ff) && code >= 0x20 ? String.fromCharCode(code) : '';
}

/** The runs of a paragraph (through links, insertions and content controls), skipping deletions. */
function paragraphRuns(el: XmlElement, paragraphBold: boolean, reading: Reading): { text: string; bold: boolean }[] {
  return children(el).flatMap((c) => {
    if (c.localName === 'r') return [runText(c, paragraphBold, reading)];
    if (c.localName === 'AlternateContent') return paragraphRuns(child(c, 'Fallback') ?? c, paragraphBold, reading);
    return TRANSPARENT.has(c.localName ?? '') ? paragraphRuns(c, paragraphBold, reading) : [];
  });
}

/** A paragraph's text as Word shows it (numbering label first) and its formatting. */
function readParagraph(p: XmlElement, reading: Reading): { text: string; style: BlockStyle } {
  const pPr = child(p, 'pPr');
  const style = reading.styles.get(childVal(pPr, 'pStyle') ?? '') ?? {};
  const runs = paragraphRuns(p, style.bold === true, reading);
  const visible = runs.filter((r) => r.text.trim() !== '');
  const direct = numberingOf(pPr);
  const numbering = direct === undefined ? style.numbering : direct;
  const label = numbering ? reading.numbering.next(numbering.numId, numbering.level) : '';
  const align = alignment(childVal(pPr, 'jc')) ?? style.align;
  const heading = outlineLevel(pPr) ?? style.heading;
  const blockStyle: BlockStyle = {
    ...(heading !== undefined ? { heading } : {}),
    ...(style.title ? { title: true } : {}),
    ...(visible.length > 0 && visible.every((r) => r.bold) ? { bold: true } : {}),
    ...(align ? { align } : {}),
  };
  return { text: label + runs.map((r) => r.text).join(''), style: blockStyle };
}

/** The text of a table cell: its paragraphs (and nested tables' cells), one per line. */
function cellText(tc: XmlElement, reading: Reading): string {
  return children(tc).flatMap((c) => {
    if (c.localName === 'p') return [cleanLine(readParagraph(c, reading).text)];
    if (c.localName === 'tbl') return readTable(c, (inner) => cellText(inner, reading)).rows.flat().map((cell) => cell.text);
    if (c.localName === 'sdt') return [cellText(child(c, 'sdtContent') ?? c, reading)];
    return [];
  }).filter((t) => t !== '').join('\n');
}

/** The paragraphs and tables standing in the body (through content controls), in order. */
function bodyElements(el: XmlElement): XmlElement[] {
  return children(el).flatMap((c) => {
    if (c.localName === 'p' || c.localName === 'tbl') return [c];
    return c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml' ? bodyElements(c) : [];
  });
}

/** Lines of a header, footer or notes part. */
function partLines(xml: string, reading: Reading): string[] {
  return descendants(parseXml(xml), 'p').flatMap((p) => readParagraph(p, reading).text.split('\n').map(cleanLine)).filter((t) => t !== '');
}

/** Footnote and endnote texts (ids above 0; -1 and 0 are Word's separators). */
function noteTexts(xml: string, reading: Reading): string[] {
  const root = parseXml(xml);
  return children(root).filter((n) => Number(attr(n, 'id')) > 0)
    .map((n) => children(n).filter((c) => c.localName === 'p').map((p) => cleanLine(readParagraph(p, reading).text)).join(''))
    .filter((t) => t !== '');
}

/**
 * Reads the body of a Word document: one block per line of each paragraph (a manual line
 * break starts a new line), numbered by body paragraph as Word counts them (tables count as
 * one), empty paragraphs left out; tables as TableGrid blocks. Throws on malformed XML.
 */
export function readWordDocument(parts: WordParts): WordDocument {
  const reading: Reading = { styles: readStyles(parts.styles), numbering: readNumbering(parts.numbering), textBoxes: 0 };
  const body = child(parseXml(parts.document), 'body');
  const blocks: SourceBlock[] = [];
  bodyElements(body ?? parseXml(parts.document)).forEach((el, i) => {
    const line = i + 1;
    if (el.localName === 'tbl') {
      const table: TableGrid = readTable(el, (tc) => cellText(tc, reading));
      if (table.rows.some((row) => row.some((cell) => cell.text !== ''))) blocks.push({ text: '', line, table });
      return;
    }
    const { text, style } = readParagraph(el, reading);
    for (const piece of text.split('\n').map(cleanLine).filter((t) => t !== '')) {
      blocks.push({ text: piece, line, ...(Object.keys(style).length > 0 ? { style } : {}) });
    }
  });
  // A page-number field whose value Word fills in on screen leaves only its dashes: nothing to report.
  const furniture = [...new Set(parts.furniture.flatMap((xml) => partLines(xml, reading)))]
    .filter((text) => /[\p{L}\p{N}]/u.test(text))
    .map((text) => ({ text, line: 0 }));
  const notes = parts.notes.flatMap((xml) => noteTexts(xml, reading));
  const warnings = [
    ...(reading.textBoxes > 0 ? [`文档中有 ${reading.textBoxes} 个文本框，其中的文字没有导入：如是报告正文，请在 Word 中移到正文里`] : []),
    ...(notes.length > 0 ? [`文档有 ${notes.length} 条脚注或尾注，没有导入：${notes.join('；')}`] : []),
  ];
  return { blocks, furniture, warnings };
}
