import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import { plainText, splitPhrasing, trimStartPhrasing } from './inline';
import { CHINESE_NUMERAL, parseChineseNumeral, toChineseNumeral } from './numerals';

/** A numbered top-level part found in the body, before its points are split out. */
export interface RawSection {
  number: number;
  ordinal: string;
  title: string;
  part: string | null;
  /** Blocks between the unnumbered part heading and this section (first section of a part only). */
  partIntro: RootContent[];
  line: number;
  nodes: RootContent[];
}

/** An appendix (附：名词解释 …) found in the body. */
export interface RawAppendix {
  title: string;
  line: number;
  nodes: RootContent[];
}

/** The body divided into its top-level parts. */
export interface Outline {
  intro: RootContent[];
  sections: RawSection[];
  /** Blocks after the *** line that follows the last section; null when not marked. */
  closing: RootContent[] | null;
  appendices: RawAppendix[];
  problems: ContentProblem[];
}

const SECTION_START = new RegExp(`^[\\s\\u3000]*(${CHINESE_NUMERAL})、[\\s\\u3000]*`);
const APPENDIX = /^[\s\u3000]*(附[：:件录]|附$|有关名词解释|名词解释)/;
/** Sentence ends that close a run-in title (一、标题。正文…). */
export const SENTENCE_END = /[。！？!?]/;

/** Strips a title's final full stop (titles are shown as headings). */
export function cleanTitle(text: string): string {
  return text.replace(/[\s\u3000]+/g, (s) => (s.includes('\n') ? '' : s)).trim().replace(/[。．.；;，,]+$/, '');
}

/** Where the body starts in the file, to turn body lines into file lines. */
export interface Place {
  file: string;
  /** File line of body line 1. */
  bodyLine: number;
  /** Lines of the whole file (line endings normalised), to point at text inside a block. */
  sourceLines: readonly string[];
}

/** File line of an mdast node. */
export function lineOf(node: { position?: { start: { line: number } } }, place: Place, fallback = 1): number {
  return node.position ? node.position.start.line + place.bodyLine - 1 : fallback;
}

/**
 * Splits a run-in title off a paragraph (一、标题。正文… or （一）标题。正文…): returns the
 * title text and the rest of the paragraph, or null rest when the paragraph is only a title.
 */
export function splitRunInTitle(
  paragraph: Paragraph,
  markerLength: number,
): { title: string; rest: Paragraph | null } {
  const text = plainText(paragraph);
  const after = text.slice(markerLength);
  const end = after.search(SENTENCE_END);
  const tail = end < 0 ? '' : after.slice(end + 1).trim();
  if (end < 0 || tail === '') return { title: cleanTitle(after), rest: null };
  const cut = markerLength + end + 1;
  const [, rest] = splitPhrasing(paragraph.children, cut);
  return {
    title: cleanTitle(after.slice(0, end)),
    rest: { type: 'paragraph', children: trimStartPhrasing(rest), position: paragraph.position },
  };
}

function headingText(node: Heading): string {
  return plainText(node).trim();
}

/** Divides the body into intro, numbered sections, closing and appendices. */
export function outlineBody(root: Root, place: Place, reportTitle: string): Outline {
  const out: Outline = { intro: [], sections: [], closing: null, appendices: [], problems: [] };
  let target: RootContent[] = out.intro;
  let part: string | null = null;
  // What stands under an unnumbered part heading until its first section: the part's own intro.
  let partIntro: { title: string; line: number; nodes: RootContent[] } | null = null;
  let expected = 1;
  for (const node of root.children) {
    const line = lineOf(node, place);
    const isTopHeading = node.type === 'heading' && node.depth <= 2;
    const text = node.type === 'paragraph' || isTopHeading ? plainText(node) : '';
    const numbered = SECTION_START.exec(text);
    if ((node.type === 'paragraph' || isTopHeading) && numbered) {
      const ordinal = numbered[1] ?? '';
      const number = parseChineseNumeral(ordinal);
      if (number === null) {
        target.push(node);
        continue;
      }
      if (out.closing) {
        out.problems.push(problem(place.file, line, '正文',
          `“${ordinal}、”出现在结尾部分（*** 分隔线）之后：结尾分隔线应放在最后一个编号部分之后`));
      }
      if (number !== expected) {
        out.problems.push(problem(place.file, line, '正文',
          `第${toChineseNumeral(expected)}部分的序号应为“${toChineseNumeral(expected)}、”，这里写成了“${ordinal}、”：请检查是否漏掉或重复了一个部分`));
      }
      expected = number + 1;
      const { title, rest } = node.type === 'paragraph'
        ? splitRunInTitle(node, numbered[0].length)
        : { title: cleanTitle(text.slice(numbered[0].length)), rest: null };
      const section: RawSection = { number, ordinal, title, part, partIntro: partIntro?.nodes ?? [], line, nodes: rest ? [rest] : [] };
      partIntro = null;
      out.sections.push(section);
      target = section.nodes;
    } else if (isTopHeading && APPENDIX.test(text)) {
      out.problems.push(...strandedPart(partIntro, place));
      partIntro = null;
      const appendix: RawAppendix = { title: cleanTitle(text), line, nodes: [] };
      out.appendices.push(appendix);
      target = appendix.nodes;
    } else if (isTopHeading && node.depth === 1 && cleanTitle(text) === cleanTitle(reportTitle)) {
      // The report's own title repeated at the top of the body: the page shows it already.
    } else if (isTopHeading && out.appendices.length === 0) {
      // An unnumbered part heading (2022年工作回顾): numbering restarts after it.
      if (out.closing) {
        target.push(node);
        continue;
      }
      out.problems.push(...strandedPart(partIntro, place));
      part = cleanTitle(headingText(node));
      partIntro = { title: part, line, nodes: [] };
      target = partIntro.nodes;
      expected = 1;
    } else if (node.type === 'thematicBreak' && out.sections.length > 0 && !out.closing && out.appendices.length === 0) {
      out.problems.push(...strandedPart(partIntro, place));
      partIntro = null;
      out.closing = [];
      target = out.closing;
    } else {
      target.push(node);
    }
  }
  out.problems.push(...strandedPart(partIntro, place));
  return out;
}

/** A part heading with no numbered section after it: its text would have nowhere to go. */
function strandedPart(partIntro: { title: string; line: number } | null, place: Place): ContentProblem[] {
  return partIntro === null ? [] : [problem(place.file, partIntro.line, '正文',
    `部分标题“${partIntro.title}”之后没有“一、”编号部分：如果这是结尾部分，请把这一行换成单独一行的 ***；否则请在它下面加上“## 一、标题”`)];
}

export type { PhrasingContent };
