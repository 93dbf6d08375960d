import { pointMarkers } from '../report/points';

/** Characters after which a 二是 starts a sentence of its own. */
const SENTENCE_BREAK = /[。！？!?]/;

/**
 * Splits paragraphs where `一是…二是…` points run together at sentence starts
 * (`…。一是夯实基础。……二是健全机制。……`) into one paragraph per point, numbering on
 * from paragraph to paragraph (or afresh at a new 一是) as the parser does. Inline lists
 * (`一是…；二是…`) and lists of problems (还面临不少困难和问题。一是…) stay whole.
 */
export function splitRunTogetherPoints<T extends { text: string }>(paragraphs: readonly T[]): (T & { parts: string[] })[] {
  let next = 1;
  return paragraphs.map((p) => {
    const markers = pointMarkers(p.text, next);
    if (markers.length === 0) return { ...p, parts: [p.text] };
    next = (markers.at(-1)?.number ?? 0) + 1;
    const atSentenceStarts = markers.every((m) => m.offset === 0 || SENTENCE_BREAK.test(p.text[m.offset - 1] ?? ''));
    if (!atSentenceStarts) return { ...p, parts: [p.text] };
    const cuts = [0, ...markers.map((m) => m.offset).filter((o) => o > 0), p.text.length];
    return { ...p, parts: cuts.slice(0, -1).map((c, k) => p.text.slice(c, cuts[k + 1]).trim()).filter((t) => t !== '') };
  });
}
