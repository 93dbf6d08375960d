import type { Paragraph, RootContent } from 'mdast';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import { plainText, splitPhrasing, trimStartPhrasing } from './inline';
import { CHINESE_NUMERAL, parseChineseNumeral, toChineseNumeral } from './numerals';
import type { Place } from './outline';
import { cleanTitle, lineOf, splitRunInTitle } from './outline';

/** A sub-point found in a section, before rendering. */
export interface RawPoint {
  number: number;
  marker: string;
  title: string;
  line: number;
  nodes: RootContent[];
}

/** A section body divided into its lead and its sub-points. */
export interface SectionBody {
  lead: RootContent[];
  points: RawPoint[];
  problems: ContentProblem[];
}

const PAREN_POINT = new RegExp(`^[\\s\\u3000]*[（(](${CHINESE_NUMERAL})[）)][\\s\\u3000]*`);
const HEADING_MARKER = new RegExp(
  `^[\\s\\u3000]*([（(]${CHINESE_NUMERAL}[）)]|${CHINESE_NUMERAL}是|${CHINESE_NUMERAL}、|\\d+[.．、])[\\s\\u3000]*`,
);
/** What may stand right before an inline 二是: the paragraph start or clause punctuation. */
const BEFORE_SHI = /[。；;！？!?：:，,\s\u3000]/;
/** What stands right before a marker that starts a point: a sentence end, or a colon announcing the list. */
const BEFORE_POINT = /[。！？!?：:]/;
/** Ends the title of an 一是 point. */
const SHI_TITLE_END = /[。；;！？!?]/;

type Style = 'heading' | 'paren' | 'shi' | 'none';

/**
 * Wording that announces a list of shortcomings (还面临不少困难和问题。一是…, 存在的短板和不足：一是…):
 * such a list enumerates problems inside its paragraph, it never makes sub-points of a section.
 */
const PROBLEMS_AHEAD = /(?:存在|面临|还有|仍有|也有|主要是|表现在)[^。！？!?]{0,24}?(?:问题|不足|短板|差距|困难|挑战|薄弱环节)|(?:问题|不足|短板|差距|困难)(?:和|与|及)?[^。！？!?：:]{0,8}[：:]$/;

/** Whether the text before a list's 一是 announces a list of problems. */
export function introducesProblems(before: string): boolean {
  const sentence = before.split(/[。！？!?]/).filter((s) => s.trim() !== '').slice(-2).join('。');
  return PROBLEMS_AHEAD.test(sentence);
}

/** Offsets in `text` where the markers 一是, 二是 … (from `next` on) begin. */
export function findShiMarkers(text: string, next: number): { offset: number; number: number }[] {
  const found: { offset: number; number: number }[] = [];
  let from = 0;
  // Offsets up to here have only white space before them: a marker there opens the text.
  const lead = text.length - text.trimStart().length;
  for (let n = next; n <= 99; n++) {
    const marker = `${toChineseNumeral(n)}是`;
    let at = text.indexOf(marker, from);
    while (at >= 0 && !(at <= lead || BEFORE_SHI.test(text[at - 1] ?? ''))) {
      at = text.indexOf(marker, at + 1);
    }
    if (at < 0) break;
    found.push({ offset: at, number: n });
    from = at + marker.length;
  }
  return found;
}

function detectStyle(nodes: readonly RootContent[]): Style {
  if (nodes.some((n) => n.type === 'heading' && n.depth >= 3)) return 'heading';
  const paragraphs = nodes.filter((n): n is Paragraph => n.type === 'paragraph');
  if (paragraphs.some((p) => PAREN_POINT.test(plainText(p)))) return 'paren';
  if (paragraphs.some((p) => pointMarkers(plainText(p), 1).length > 0)) return 'shi';
  return 'none';
}

/** A paragraph made of `children` that keeps the original position for line numbers. */
function paragraphOf(source: Paragraph, children: Paragraph['children']): Paragraph {
  return { type: 'paragraph', children: trimStartPhrasing(children), position: source.position };
}

/** Splits an 一是 segment into its title (to the first 。 or ；) and its body. */
function shiPoint(segment: Paragraph, number: number, line: number): RawPoint {
  const marker = `${toChineseNumeral(number)}是`;
  const text = plainText(segment);
  const start = text.indexOf(marker) + marker.length;
  const end = text.slice(start).search(SHI_TITLE_END);
  const cut = end < 0 ? text.length : start + end + 1;
  const [, rest] = splitPhrasing(segment.children, cut);
  const hasBody = plainText(rest).trim() !== '';
  return {
    number,
    marker,
    title: cleanTitle(text.slice(start, end < 0 ? undefined : start + end)),
    line,
    nodes: hasBody ? [paragraphOf(segment, rest)] : [],
  };
}

/**
 * Whether every marker opens the text or a sentence (…建设。一是夯实基础。……二是…). Markers
 * inside a sentence (持续深化改革，一是提升审批质效；二是推进跨省通办。) number an inline list:
 * its items are clauses of one sentence, not sub-points with a title and a body.
 */
function startSentences(text: string, markers: readonly { offset: number }[]): boolean {
  return markers.every((m) => {
    const before = text.slice(0, m.offset).trimEnd();
    return before === '' || BEFORE_POINT.test(before.at(-1) ?? '');
  });
}

/**
 * The 一是 markers that make points in a paragraph: the list continues from `next`, or a new
 * list starts at 一是 (三个明显转变：一是… after an earlier list), numbered separately. An
 * inline list (一是…；二是…) and a list of problems make none. Returns the markers found, []
 * when none make points.
 */
export function pointMarkers(text: string, next: number): { offset: number; number: number }[] {
  const continued = findShiMarkers(text, next);
  const fresh = next > 1 ? findShiMarkers(text, 1) : [];
  const restarts = fresh.length >= 2 && (continued.length === 0 || (fresh[0]?.offset ?? 0) < (continued[0]?.offset ?? 0));
  const markers = restarts ? fresh : continued;
  const first = markers[0];
  if (first === undefined || !startSentences(text, markers) || introducesProblems(text.slice(0, first.offset))) return [];
  return markers;
}

/** Divides a section body into its lead and its sub-points, in whichever form they come. */
export function splitPoints(nodes: readonly RootContent[], place: Place, sectionLine: number): SectionBody {
  const body: SectionBody = { lead: [], points: [], problems: [] };
  const style = detectStyle(nodes);
  // Only the shallowest sub-heading level makes points; deeper headings stay in their body.
  const pointDepth = nodes.reduce((min, n) => (n.type === 'heading' && n.depth >= 3 ? Math.min(min, n.depth) : min), 7);
  const current = () => body.points.at(-1)?.nodes ?? body.lead;
  let nextShi = 1;
  for (const node of nodes) {
    const line = lineOf(node, place, sectionLine);
    if (style === 'heading' && node.type === 'heading' && node.depth === pointDepth) {
      const text = plainText(node);
      const marker = HEADING_MARKER.exec(text)?.[0] ?? '';
      body.points.push({
        number: body.points.length + 1,
        marker: marker.trim(),
        title: cleanTitle(text.slice(marker.length)),
        line,
        nodes: [],
      });
    } else if (style === 'paren' && node.type === 'paragraph' && PAREN_POINT.test(plainText(node))) {
      const match = PAREN_POINT.exec(plainText(node));
      const ordinal = match?.[1] ?? '';
      const number = parseChineseNumeral(ordinal) ?? body.points.length + 1;
      const expected = body.points.length + 1;
      if (number !== expected) {
        body.problems.push(problem(place.file, line, '正文',
          `小标题序号应为“（${toChineseNumeral(expected)}）”，这里写成了“（${ordinal}）”：请检查是否漏掉或重复了一条`));
      }
      const { title, rest } = splitRunInTitle(node, match?.[0].length ?? 0);
      body.points.push({ number, marker: `（${ordinal}）`, title, line, nodes: rest ? [rest] : [] });
    } else if (style === 'shi' && node.type === 'paragraph') {
      const markers = pointMarkers(plainText(node), nextShi);
      if (markers.length === 0) {
        current().push(node);
        continue;
      }
      let remaining = node.children;
      let consumed = 0;
      const pieces: { number: number; children: Paragraph['children'] }[] = [];
      for (const m of markers) {
        const [before, after] = splitPhrasing(remaining, m.offset - consumed);
        if (pieces.length === 0) {
          if (plainText(before).trim() !== '') current().push(paragraphOf(node, before));
        } else pieces[pieces.length - 1]!.children = before;
        pieces.push({ number: m.number, children: after });
        remaining = after;
        consumed = m.offset;
      }
      for (const piece of pieces) {
        // Points are numbered through the section (ids stay unique); the marker keeps each list's own count.
        body.points.push({ ...shiPoint(paragraphOf(node, piece.children), piece.number, line), number: body.points.length + 1 });
      }
      nextShi = (markers.at(-1)?.number ?? 0) + 1;
    } else {
      current().push(node);
    }
  }
  return body;
}
