import { findShiMarkers } from '../report/points';
import { CLOSING_TITLE, CLOSING_WORDING, FORMAL_END, ITEM_MARKER, PAREN_MARKER, SHI_MARKER } from './patterns';
import { splitSectionHeading } from './section-heading';
import type { Signature } from './signature';
import type { SourceBlock } from './text-blocks';

/** Paragraphs that may follow the first closing paragraph: listed plans, an address to the audience. */
const CLOSING_FOLLOWER = new RegExp(`${SHI_MARKER.source}|${ITEM_MARKER.source}|^各位代表`);

/** A block holding 一是-style points: it opens with one, or (not worded as a closing) runs them together. */
function hasShiPoints(text: string): boolean {
  return SHI_MARKER.test(text) || ITEM_MARKER.test(text) || (findShiMarkers(text, 1).length > 0 && !CLOSING_WORDING.test(text));
}

/** A block that opens a sub-point, which the closing never starts with. */
function isPointStart(text: string): boolean {
  return PAREN_MARKER.test(text) || SHI_MARKER.test(text) || ITEM_MARKER.test(text);
}

/** A （三） line that is only a title (（三）加强监督。): its body is the next paragraph. */
function isTitleOnly(text: string): boolean {
  return PAREN_MARKER.test(text) && !/[。！？!?].+/.test(text);
}

/**
 * The first block where the closing part may start: after the last section's heading and some
 * text of it, after its last （一） point, and after its first 一是 point (a closing may list its
 * own 一是…, but a section's lead never closes the report).
 */
function firstCandidate(blocks: readonly SourceBlock[], section: number, end: number): number {
  const rest = splitSectionHeading(blocks[section]?.text ?? '').rest;
  let from = section + (rest !== '' ? 1 : 2);
  let shiSeen = hasShiPoints(rest);
  for (let j = section + 1; j < end; j++) {
    const text = blocks[j]?.text ?? '';
    if (PAREN_MARKER.test(text)) from = Math.max(from, j + (isTitleOnly(text) ? 2 : 1));
    if (!shiSeen && hasShiPoints(text)) {
      shiSeen = true;
      from = Math.max(from, j + 1);
    }
  }
  return from;
}

/**
 * Where the closing part starts (the block before which a `***` line goes), or null.
 * The closing is the run of paragraphs at the end of the last section (before the signature)
 * that opens with the usual wording of shortcomings and plans (虽然…但, 仍存在, 不足, 下一步,
 * 特此报告) and continues with such paragraphs or listed plans. When the last section is itself
 * the closing (五、存在的不足和下一步工作), only 特此报告 and the signature follow.
 */
export function findClosing(
  blocks: readonly SourceBlock[],
  sections: readonly number[],
  end: number,
  signature: Signature | null,
): number | null {
  const last = sections.at(-1);
  if (last === undefined) return null;
  const from = firstCandidate(blocks, last, end);
  const title = splitSectionHeading(blocks[last]?.text ?? '').heading;
  const signatureStart = signature && signature.start >= from ? signature.start : null;
  if (CLOSING_TITLE.test(title)) {
    const formal = blocks.findIndex((b, i) => i > last && i < end && FORMAL_END.test(b.text));
    return formal >= 0 ? formal : signatureStart;
  }
  const tailEnd = signatureStart ?? end;
  const closingLike = (text: string) => CLOSING_WORDING.test(text) || CLOSING_FOLLOWER.test(text);
  for (let j = from; j < tailEnd; j++) {
    const text = blocks[j]?.text ?? '';
    if (!isPointStart(text) && CLOSING_WORDING.test(text) && blocks.slice(j + 1, tailEnd).every((b) => closingLike(b.text))) return j;
  }
  return signatureStart;
}
