import type { DocumentDate } from './dates';
import { readDateLine } from './dates';
import { FORMAL_END, ISSUING_BODY, PUNCTUATION } from './patterns';
import type { SourceBlock } from './text-blocks';

/** The end of a report: 特此报告。, the issuing body and the date, where present. */
export interface Signature {
  /** Index of the first block of the signature (特此报告。, else the issuer, else the date). */
  start: number;
  issuer?: string;
  date?: DocumentDate;
}

/** A line naming an issuing body: short, unpunctuated, ending in 人民政府, 局, 委员会 … */
export function isIssuerLine(text: string): boolean {
  return text.length <= 30 && !PUNCTUATION.test(text) && ISSUING_BODY.test(text);
}

/** A note in brackets under the date of an official document: （此件公开发布）, （联系人：…，电话：…）. */
const DOCUMENT_NOTE = /^[（(][^（）()]{2,40}[）)]$/;

/**
 * Finds the signature at the end of `blocks[0, end)`: an optional 特此报告。 (专此报告。), then
 * the issuing body and/or the date as lines of their own, and notes in brackets under them.
 * Null when the text ends otherwise.
 */
export function findSignature(blocks: readonly SourceBlock[], end = blocks.length): Signature | null {
  let i = end;
  const found: Omit<Signature, 'start'> = {};
  const text = (at: number) => blocks[at]?.text ?? '';
  while (i > 1 && DOCUMENT_NOTE.test(text(i - 1))) i -= 1;
  const date = i > 0 ? readDateLine(text(i - 1)) : null;
  if (date) {
    found.date = date;
    i -= 1;
  }
  // Joint reports are signed by several bodies, one per line.
  const issuers: string[] = [];
  while (i > 0 && isIssuerLine(text(i - 1))) {
    issuers.unshift(text(i - 1));
    i -= 1;
  }
  if (issuers.length > 0) found.issuer = issuers[0];
  const formal = i > 0 && FORMAL_END.test(text(i - 1));
  if (formal) i -= 1;
  if (!found.date && !(found.issuer && formal)) return formal ? { start: i } : null;
  return { start: i, ...found };
}
