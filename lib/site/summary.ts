/**
 * A short summary of body text for descriptions and feed entries, cut where a reader would
 * cut it: after the last whole sentence that fits, else at a clause (，、；：), else between
 * words (Intl.Segmenter), never inside a word or a number.
 */

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_BREAK = /[，,、；;：:]/;

/** `text` (its first paragraph, spaces squeezed) in at most `max` characters. */
export function summarise(text: string, max: number): string {
  const paragraph = (text.split(/\n\s*\n/).find((p) => p.trim()) ?? '').replace(/\s+/g, ' ').trim();
  if ([...paragraph].length <= max) return paragraph;
  const head = [...paragraph].slice(0, max).join('');
  // Whole sentences, when they make up a fair share of the room.
  const sentenceEnd = lastIndexMatching(head, SENTENCE_END);
  if (sentenceEnd >= max * 0.4) return head.slice(0, sentenceEnd + 1);
  // Otherwise up to a clause break, leaving room for the ellipsis.
  const clauseEnd = lastIndexMatching(head.slice(0, -1), CLAUSE_BREAK);
  if (clauseEnd >= max * 0.4) return `${head.slice(0, clauseEnd)}…`;
  return `${wholeWords(paragraph, max - 1)}…`;
}

function lastIndexMatching(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i;
  return -1;
}

/** The longest run of whole words from the start of `text` within `max` characters. */
function wholeWords(text: string, max: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)) {
    if ([...out].length + [...segment].length > max) break;
    out += segment;
  }
  return out.trimEnd();
}
