/**
 * How staff write table cells: label paths joined by ` / `, and value cells holding a number,
 * a "not applicable" mark or text. Pure string functions.
 */

/** A value cell: a number, null (not applicable: blank, /, —, -), or other text as written. */
export type TableValue = number | string | null;

/** Marks meaning "not applicable" (which is not 0). */
const NOT_APPLICABLE = new Set(['', '/', '／', '—', '——', '―', '――', '–', '-', '－', '\\/', '\\-']);

/** Spaces staff or Word put inside numbers: ASCII, no-break and ideographic. */
const SPACES = /[\s\u00a0\u3000]+/g;
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Full-width digits, signs, point and comma made ASCII. */
function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/，/g, ',')
    .replace(/[－—–]/g, '-')
    .replace(/＋/g, '+');
}

/** Whether a cell's text means "not applicable". */
export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.has(text.replace(SPACES, ''));
}

/**
 * Reads a value cell: numbers (full-width digits, thousands separators and spaces inside the
 * number normalised) become numbers; blank, `/`, `／`, `—`, `——`, `-`, `－` become null; any
 * other text is kept, trimmed.
 */
export function readCellValue(text: string): TableValue {
  const trimmed = text.trim();
  if (isNotApplicable(trimmed)) return null;
  const compact = asciiDigits(trimmed.replace(SPACES, ''));
  if (NUMBER.test(compact)) return Number(compact.replace(/,/g, ''));
  return trimmed;
}

/** The number as shown in a table: ASCII digits, no separators, decimals as written (0.50 stays 0.50). */
export function cellNumberText(text: string): string {
  return asciiDigits(text.replace(SPACES, '')).replace(/,/g, '').replace(/^\+/, '');
}

/**
 * Splits a label as written in its Markdown source into its levels: `a / b / c` → [a, b, c].
 * ` \/ ` is a literal ` / ` inside one level; `本年增/减` (no spaces) is one level.
 */
export function splitLabelPath(source: string): string[] {
  return source
    .split(/[ \t]+(?<!\\)\/[ \t]+/)
    .map((level) => level.replace(/\\\//g, '/').trim());
}

/** Joins a label path for messages and CSV: levels separated by ` / `. */
export function joinLabelPath(path: readonly string[]): string {
  return path.join(' / ');
}
