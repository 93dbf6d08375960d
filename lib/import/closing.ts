import { findShiMarkers } from '../report/points';
import { CLOSING_TITLE, CLOSING_WORDING, FORMAL_END, ITEM_MARKER, PAREN_MARKER, SHI_MARKER } from './patterns';
import type { Signature } from './signature';
import { splitSectionHeading } from './section-heading';
import type { SourceBlock } from './text-blocks';

/** Paragraphs that may follow the first closing paragraph: listed plans, an address to the audience. */
const CLOSING_FOLLOWER = new RegExp(`${PAREN_MARKER.source}|${SHI_MARKER.source}|${ITEM_MARKER.source}|^各位代表`);

/** A block that starts (or, run together, contains) a sub-point of a section. */
function isPointBlock(text: string): boolean {
  if (PAREN_MARKER.test(text) || SHI_MARKER.test(text) || ITEM_MARKER.test(text)) return true;
  // A closing paragraph may list its shortcomings 一是…二是…: its wording decides.
  return findShiMarkers(text, 1).length > 0 && !CLOSING_WORDING.test(text);
}

/** A （三） line that is only a title (（三）加强监督。): its body is the next paragraph. */
function isTitleOnly(text: string): boolean {
  return PAREN_MARKER.test(text) && !/[。！？!?].+/.test(text);
}

/** The first block after the last section's own text where the closing part may start. */
function firstCandidate(blocks: readonly SourceBlock[], section: number, end: number): number {
  const head = blocks[section]?.text ?? '';
  let from = section + (splitSectionHeading(head).rest !== '' ? 1 : 2);
  if (findShiMarkers(splitSectionHeading(head).rest, 1).length > 0) from = Math.max(from, section + 1);
  for (let j = section + 1; j < end; j++) {
    const text = blocks[j]?.text ?? '';
    if (isPointBlock(text)) from = Math.max(from, j + (isTitleOnly(text) ? 2 : 1));
  }
  return from;
}

/**
 * Where the closing part starts (the block before which a `***` line goes), or null.
 * The closing follows the last section's last sub-point and opens with the usual wording of
 * shortcomings and plans (虽然…但, 仍存在, 不足, 下一步, 特此报告). When the last section
 * is itself the closing (五、存在的不足和下一步工作), only 特此报告 and the signature follow.
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
  // The closing is a run of paragraphs at the end: each one reads like it, or lists plans.
  const closingLike = (text: string) => CLOSING_WORDING.test(text) || CLOSING_FOLLOWER.test(text);
  for (let j = from; j < tailEnd; j++) {
    const rest = blocks.slice(j + 1, tailEnd);
    if (CLOSING_WORDING.test(blocks[j]?.text ?? '') && rest.every((b) => closingLike(b.text))) return j;
  }
  return signatureStart;
}
