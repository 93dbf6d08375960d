import { SENTENCE_END } from '../report/outline';
import { SECTION_MARKER } from './patterns';

/** Splits `一、标题。正文…` into the heading `一、标题。` and the rest ('' when the line is only a heading). */
export function splitSectionHeading(text: string): { heading: string; rest: string } {
  const marker = SECTION_MARKER.exec(text)?.[0] ?? '';
  const end = text.slice(marker.length).search(SENTENCE_END);
  const rest = end < 0 ? '' : text.slice(marker.length + end + 1).trim();
  return rest === '' ? { heading: text, rest: '' } : { heading: text.slice(0, marker.length + end + 1), rest };
}
