/** The paragraph and character styles of a Word document (word/styles.xml), resolved through basedOn. Pure. */
import type { XmlElement } from './word-xml';
import { attr, child, childrenNamed, childVal, isOn, parseXml } from './word-xml';

/** What a style sets that the importer reads. */
export interface WordStyle {
  /** Outline level 1–9 (Heading 1 … or w:outlineLvl), absent for body text. */
  heading?: number;
  /** Word's Title style. */
  title?: boolean;
  bold?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** List numbering the style applies (a numbered heading style). */
  numbering?: { numId: string; level: number };
}

/** A style as written, before basedOn is followed. */
interface RawStyle extends WordStyle {
  basedOn?: string;
}

/** w:jc as an alignment. */
export function alignment(jc: string | undefined): WordStyle['align'] {
  if (jc === undefined) return undefined;
  if (jc === 'center') return 'center';
  if (jc === 'right' || jc === 'end') return 'right';
  if (jc === 'both' || jc === 'distribute') return 'justify';
  return 'left';
}

/** The outline level of w:outlineLvl (0 → 1); 9 means body text. */
export function outlineLevel(pPr: XmlElement | undefined): number | undefined {
  const level = Number(childVal(pPr, 'outlineLvl'));
  return Number.isInteger(level) && level >= 0 && level < 9 ? level + 1 : undefined;
}

/** The numbering of a w:numPr (numId 0 switches numbering off). */
export function numberingOf(pPr: XmlElement | undefined): WordStyle['numbering'] | null | undefined {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return undefined;
  const numId = childVal(numPr, 'numId');
  if (numId === undefined) return undefined;
  return numId === '0' ? null : { numId, level: Number(childVal(numPr, 'ilvl') ?? 0) };
}

/** Heading 1 … Heading 9 (English or Chinese Word), Title. */
function byName(name: string): Pick<WordStyle, 'heading' | 'title'> {
  const heading = /^(?:heading|标题)\s*(\d)$/i.exec(name.trim())?.[1];
  if (heading) return { heading: Number(heading) };
  return /^(?:title|标题)$/i.test(name.trim()) ? { title: true } : {};
}

function readStyle(el: XmlElement): RawStyle {
  const pPr = child(el, 'pPr');
  const numbering = numberingOf(pPr);
  const heading = outlineLevel(pPr);
  return {
    ...byName(childVal(el, 'name') ?? ''),
    ...(heading !== undefined ? { heading } : {}),
    ...(isOn(child(el, 'rPr'), 'b') !== undefined ? { bold: isOn(child(el, 'rPr'), 'b') } : {}),
    ...(alignment(childVal(pPr, 'jc')) ? { align: alignment(childVal(pPr, 'jc')) } : {}),
    ...(numbering ? { numbering } : {}),
    ...(childVal(el, 'basedOn') ? { basedOn: childVal(el, 'basedOn') } : {}),
  };
}

/** The styles of a document by id, each resolved through its basedOn chain. */
export function readStyles(xml: string | undefined): Map<string, WordStyle> {
  const raw = new Map<string, RawStyle>();
  if (xml) for (const el of childrenNamed(parseXml(xml), 'style')) raw.set(attr(el, 'styleId') ?? '', readStyle(el));
  const resolved = new Map<string, WordStyle>();
  const resolve = (id: string, seen: Set<string>): WordStyle => {
    const done = resolved.get(id);
    if (done) return done;
    const style = raw.get(id);
    if (!style || seen.has(id)) return {};
    const { basedOn, ...own } = style;
    const base = basedOn ? resolve(basedOn, new Set([...seen, id])) : {};
    // A heading's level comes from the style itself: Heading 2 based on Heading 1 is level 2.
    const result = { ...base, ...own };
    resolved.set(id, result);
    return result;
  };
  for (const id of raw.keys()) resolve(id, new Set());
  return resolved;
}
