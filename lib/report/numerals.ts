/** Chinese numerals used to number sections and sub-points (一 … 九十九). */

const DIGITS = '零一二三四五六七八九';

/** The Chinese ordinal for 1 ≤ n ≤ 99: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`not a section number: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : (DIGITS[ones] ?? ''));
}

/** The value of a Chinese numeral 一 … 九十九 (also 两 for 2), or null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九两]?)(十?)([一二三四五六七八九两]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, a = '', ten = '', b = ''] = m;
  const digit = (c: string) => (c === '两' ? 2 : DIGITS.indexOf(c));
  if (!ten) return a && !b ? digit(a) : null;
  return (a ? digit(a) : 1) * 10 + (b ? digit(b) : 0);
}

/** Pattern source matching one Chinese numeral 一 … 九十九. */
export const CHINESE_NUMERAL = '[一二三四五六七八九十两]{1,3}';
