/** Word-list helpers and character classes shared by the metric scanner and its labeller. */

/** A copy sorted longest first, so that longer words win over their prefixes. */
export function longestFirst(list: readonly string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

/** A space-separated word list, longest first. */
export function words(list: string): string[] {
  return longestFirst(list.split(' '));
}

/** The first of `list` (longest first) written at `at`, or undefined. */
export const startsAt = (text: string, at: number, list: readonly string[]): string | undefined =>
  list.find((w) => text.startsWith(w, at));

/** The first of `list` (longest first) written just before `at`, not reaching before `floor`. */
export const endsAt = (text: string, at: number, list: readonly string[], floor = 0): string | undefined =>
  list.find((w) => at - w.length >= floor && text.startsWith(w, at - w.length));

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
export const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);

/** Words before 第N that make it a ranking (排名全区第2, 居全国第一, 亚洲第一). */
export const RANK_CONTEXT = words('排名 排 位居 位列 名列 居 稳居 跃居 跻身 全国城市 全国 全省 全区 全市 全县 全球 世界 亚洲 国内 各区 同类城市');
