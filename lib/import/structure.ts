import { parseChineseNumeral, toChineseNumeral } from '../report/numerals';
import { pointMarkers } from '../report/points';
import { readDateLine } from './dates';
import { findClosing } from './closing';
import { APPENDIX_HEADING, ITEM_MARKER, PAREN_MARKER, PUNCTUATION, SECTION_MARKER, SHI_MARKER } from './patterns';
import { splitRunTogetherPoints } from './run-together';
import { splitSectionHeading } from './section-heading';
import type { Signature } from './signature';
import { findSignature, isIssuerLine } from './signature';
import { tableGridToMarkdown } from './tables';
import type { SourceBlock } from './text-blocks';

/** One block of the body as structure recognition lays it out. */
export type OutputBlock =
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  /** A table (from Word, or copied from a web page) already written as a Markdown table. */
  | { kind: 'table'; markdown: string; line: number }
  /** A sub-point heading Word marks by formatting only (a bold or Heading-styled short line): ### in Markdown. */
  | { kind: 'subheading'; text: string; line: number }
  | { kind: 'closing-mark'; line: number };


/** Something the importer wants staff to look at, with the line of the imported document. */
export interface ImportNote {
  line: number;
  /** unplaced: kept verbatim as an ordinary paragraph, its place unclear; recognised: read as structure. */
  kind: 'unplaced' | 'recognised';
  /** What was found and what to do, in Chinese. */
  message: string;
}

/** The body as Markdown blocks, with what staff should review. */
export interface Structure {
  blocks: OutputBlock[];
  notes: ImportNote[];
  /** The signature (特此报告。, issuer, date) at the end of the text, if any. */
  signature: Signature | null;
}

/** Longest line taken for an unnumbered part heading (2022年工作回顾). */
const MAX_PART_HEADING = 25;

/** A short line without punctuation or numbering: a heading of some kind, or a signature line. */
export function isBareLine(text: string): boolean {
  return text !== '' && text.length <= MAX_PART_HEADING && !PUNCTUATION.test(text) && !ITEM_MARKER.test(text) &&
    !SHI_MARKER.test(text) && readDateLine(text) === null;
}

/**
 * A short line that Word sets apart as a heading (Heading style, Title, or bold throughout) and
 * that carries no numbering: a heading whatever its final 。 or ：.
 */
export function isStyledHeading(block: SourceBlock): boolean {
  const style = block.style;
  const styled = style?.heading !== undefined || style?.title === true || style?.bold === true;
  const text = block.text.replace(/[。：:]$/, '');
  return styled && text !== '' && text.length <= MAX_PART_HEADING && !PUNCTUATION.test(text) && !ITEM_MARKER.test(text) &&
    !SHI_MARKER.test(text) && !SECTION_MARKER.test(text) && !PAREN_MARKER.test(text);
}

/** A line that may be an unnumbered part heading (2022年工作回顾). */
const isPartCandidate = (b: SourceBlock): boolean => isBareLine(b.text) || isStyledHeading(b);

/** Where the numbered sections and unnumbered part headings are. */
interface Layout {
  sections: number[];
  parts: number[];
  notes: ImportNote[];
}

/** Finds the accepted `一、` sections in order; a restart at 一、 needs an unnumbered heading before it. */
function layOut(blocks: readonly SourceBlock[], end: number): Layout {
  const layout: Layout = { sections: [], parts: [], notes: [] };
  let expected = 1;
  let since = 0;
  for (let i = 0; i < end; i++) {
    const block = blocks[i];
    const ordinal = block ? SECTION_MARKER.exec(block.text)?.[1] : undefined;
    const number = ordinal === undefined ? null : parseChineseNumeral(ordinal);
    if (!block || ordinal === undefined || number === null) continue;
    const candidates = blocks.slice(since, i).map((b, k) => ({ b, at: since + k })).filter(({ b }) => isPartCandidate(b));
    const part = number === 1 ? candidates.at(-1) : undefined;
    if (number === expected || part) {
      if (part) {
        layout.parts.push(part.at);
        layout.notes.push({ line: part.b.line, kind: 'recognised', message: `“${part.b.text}”作为未编号的部分标题（其后“一、”重新编号）` });
      }
      layout.sections.push(i);
      expected = number + 1;
      since = i + 1;
    } else {
      layout.notes.push({ line: block.line, kind: 'unplaced', message: number === 1
        ? `“${ordinal}、”重新从一开始编号，但前面没有未编号的部分标题（如“2023年工作回顾”）：已原样保留，请补上部分标题，或改正序号`
        : `序号“${ordinal}、”与前文不连续（应为“${toChineseNumeral(expected)}、”）：已原样保留，请核对是否漏掉或重复了一个部分` });
    }
  }
  return layout;
}

/** Short unpunctuated lines left as paragraphs: they look like headings the importer could not place. */
function strayHeadings(blocks: readonly SourceBlock[], layout: Layout, signature: Signature | null, end: number, placed: ReadonlySet<number>): ImportNote[] {
  const skip = new Set([...layout.parts, ...layout.sections, ...placed]);
  return blocks.slice(0, end).flatMap((b, i) =>
    skip.has(i) || !isBareLine(b.text) || SECTION_MARKER.test(b.text) || PAREN_MARKER.test(b.text) ||
      (signature !== null && i >= signature.start) || isIssuerLine(b.text)
      ? []
      : [{ line: b.line, kind: 'unplaced' as const, message: `“${b.text}”像是一个标题，但无法判断它的层级：已作为普通段落保留，请核对` }]);
}

/** Index of the first appendix heading (附：名词解释 …), or `blocks.length`. */
function findAppendix(blocks: readonly SourceBlock[]): number {
  const at = blocks.findIndex((b) => APPENDIX_HEADING.test(b.text) && b.text.length <= 30 && !/[。；]/.test(b.text));
  return at < 0 ? blocks.length : at;
}

/** A block of the document as it is written out: a paragraph, or a table kept whole. */
function asWritten(b: SourceBlock): OutputBlock {
  return b.table ? { kind: 'table', markdown: tableGridToMarkdown(b.table), line: b.line } : { kind: 'paragraph', text: b.text, line: b.line };
}

/** Whether a section numbers no points of its own (（一）, 一是) but has lines Word sets apart as headings: they make its points. */
function isHeadedByStyle(texts: readonly SourceBlock[]): boolean {
  return !texts.some((b) => PAREN_MARKER.test(b.text) || pointMarkers(b.text, 1).length > 0) && texts.some(isStyledHeading);
}

/**
 * Paragraphs of a section: split where an 一是 point starts a sentence; a line Word sets apart
 * as a heading becomes a sub-point heading when the section numbers no points otherwise.
 */
function sectionParagraphs(blocks: readonly SourceBlock[], from: number, to: number, lead: string, line: number): OutputBlock[] {
  const texts: SourceBlock[] = [...(lead ? [{ text: lead, line }] : []), ...blocks.slice(from, to)];
  const parenStyle = texts.some((b) => PAREN_MARKER.test(b.text));
  const headed = isHeadedByStyle(texts);
  const pieces = parenStyle || headed ? texts.map((b) => ({ ...b, parts: [b.text] })) : splitRunTogetherPoints(texts);
  return pieces.flatMap((b): OutputBlock[] => {
    if (b.table) return [asWritten(b)];
    if (headed && isStyledHeading(b)) return [{ kind: 'subheading', text: b.text, line: b.line }];
    return b.parts.map((text) => ({ kind: 'paragraph' as const, text, line: b.line }));
  });
}

/** Indices of the lines a section body turns into sub-point headings. */
function subheadings(blocks: readonly SourceBlock[], sections: readonly number[], ends: (i: number) => number): Set<number> {
  const placed = new Set<number>();
  for (const start of sections) {
    const body = blocks.slice(start + 1, ends(start));
    if (!isHeadedByStyle(body)) continue;
    body.forEach((b, k) => { if (isStyledHeading(b)) placed.add(start + 1 + k); });
  }
  return placed;
}

/**
 * Recognises the structure of a report's body (page chrome and title already removed) and
 * lays it out as the portal's Markdown blocks: `## 一、标题。` headings (run-in titles split
 * off), unnumbered part headings, sub-points in their own form, a `***` line before the
 * closing part and `## 附：…` appendices. Every block of the input is kept, in order.
 */
export function recogniseStructure(blocks: readonly SourceBlock[]): Structure {
  const appendix = findAppendix(blocks);
  const layout = layOut(blocks, appendix);
  const signature = findSignature(blocks, appendix);
  const closing = findClosing(blocks, layout.sections, appendix, signature);
  const out: OutputBlock[] = [];
  const starts = [...layout.sections, ...layout.parts, closing ?? appendix, appendix].sort((a, b) => a - b);
  const nextStart = (i: number) => starts.find((s) => s > i) ?? blocks.length;
  const notes = [...layout.notes, ...strayHeadings(blocks, layout, signature, appendix, subheadings(blocks, layout.sections, nextStart))];
  const paragraph = asWritten;
  const firstBoundary = Math.min(...starts);
  out.push(...blocks.slice(0, firstBoundary).map(paragraph));
  for (let i = firstBoundary; i < blocks.length; i = nextStart(i)) {
    const block = blocks[i];
    if (!block) break;
    const to = nextStart(i);
    if (i === appendix) {
      out.push({ kind: 'heading', text: block.text, line: block.line }, ...blocks.slice(i + 1).map(paragraph));
      for (const b of blocks.slice(i + 1).filter((b) => SECTION_MARKER.test(b.text))) {
        notes.push({ line: b.line, kind: 'unplaced', message: `附录中的“${b.text.slice(0, 12)}…”以“一、”式序号开头，会被当作正文的编号部分：已原样保留，请改用“1.”等序号` });
      }
      break;
    }
    if (i === closing) {
      out.push({ kind: 'closing-mark', line: block.line }, ...blocks.slice(i, to).map(paragraph));
    } else if (layout.parts.includes(i)) {
      out.push({ kind: 'heading', text: block.text, line: block.line }, ...blocks.slice(i + 1, to).map(paragraph));
    } else {
      const { heading, rest } = splitSectionHeading(block.text);
      out.push({ kind: 'heading', text: heading, line: block.line }, ...sectionParagraphs(blocks, i + 1, to, rest, block.line));
    }
  }
  if (closing !== null) {
    notes.push({ line: blocks[closing]?.line ?? 1, kind: 'recognised', message: '从这里起作为结尾部分（已在前面加 *** 分隔线）' });
  } else if (layout.sections.length === 0) {
    notes.push({ line: blocks[0]?.line ?? 1, kind: 'unplaced', message: '没有找到“一、”“二、”这样的编号部分：全文已作为引言保留，请在各部分标题前加上序号' });
  } else {
    notes.push({ line: blocks[appendix - 1]?.line ?? 1, kind: 'recognised', message: '没有找到结尾部分（存在的不足、下一步工作等）：如有，请在它前面单独加一行 ***' });
  }
  return { blocks: out, notes: notes.sort((a, b) => a.line - b.line), signature };
}
