import { ISSUING_BODY } from './patterns';
import type { SourceBlock } from './text-blocks';

/** Most lines a title is broken over (梧州市人民政府 / 关于2023年度法治政府建设情况的报告). */
const MAX_TITLE_LINES = 3;
/** Punctuation a title line does not carry (book-title marks, quotes and brackets it may). */
const SENTENCE_PUNCTUATION = /[。，、；：！？,;:!?…]/;
/** What a title names: a report, the state of things, a summary. */
const REPORT_WORD = /报告|情况|总结/;

/** Whether a line reads as a report's title: one unpunctuated line naming a report. */
export function isTitleLine(text: string): boolean {
  return text.length >= 6 && text.length <= 80 && !SENTENCE_PUNCTUATION.test(text) && REPORT_WORD.test(text);
}

/** A line that may be one line of a title: short, no sentence punctuation, not numbered. */
function isTitlePiece(block: SourceBlock): boolean {
  const { text } = block;
  return block.table === undefined && text.length >= 2 && text.length <= 50 && !SENTENCE_PUNCTUATION.test(text) &&
    !/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d)/.test(text);
}

/** Whether Word marks a paragraph as (part of) the title: Title style, or centred as titles are set. */
const styledAsTitle = (block: SourceBlock): boolean => block.style?.title === true || block.style?.align === 'center';

/**
 * The title at the top of the document and how many lines it takes: up to three short
 * unpunctuated lines, the last naming a report (梧州市人民政府 / 关于2023年度…情况的报告), or
 * the leading lines Word sets as a title (Title style or centred). Null when the document opens otherwise.
 */
export function readTitleLines(blocks: readonly SourceBlock[]): { title: string; count: number } | null {
  const pieces: SourceBlock[] = [];
  for (const block of blocks.slice(0, MAX_TITLE_LINES)) {
    if (!isTitlePiece(block)) break;
    pieces.push(block);
  }
  const styled = pieces.findIndex((b) => !styledAsTitle(b));
  const styledCount = styled < 0 ? pieces.length : styled;
  for (let count = pieces.length; count >= 1; count--) {
    const title = pieces.slice(0, count).map((b) => b.text).join('');
    const last = pieces[count - 1]?.text ?? '';
    if ((REPORT_WORD.test(last) && isTitleLine(title)) || (count <= styledCount && title.length >= 6)) return { title, count };
  }
  return null;
}

/**
 * Whether a line is the 主送 (addressee) of a report sent to another body: 市人大常委会：,
 * 自治区人民政府：, 各位代表：. It stays the first line of the intro.
 */
export function isAddressee(text: string): boolean {
  const m = /^([^。，；,;：:]{2,40})[：:]$/.exec(text);
  return m !== null && (/^各/.test(m[1] ?? '') || (m[1] ?? '').split(/[、，]/).every((body) => ISSUING_BODY.test(body) || /人大|常委会|政协|代表/.test(body)));
}
