/**
 * What the words around a quantity say about it: a limit (不超过10年), a goal (力争…), a gap
 * between two rates (高于全区23.42%), or a specification that is no amount at all (12英寸生产线,
 * 500千伏, 35岁以下, 前1%). Pure functions of the paragraph text (digits already normalised).
 */
import { endsAt, isHan, words } from './metric-words';

/** A quantity stated as a limit: at most (upper) or at least (lower). */
export type MetricBound = 'upper' | 'lower';

const UPPER_PREFIXES = words('不超过 不高于 不多于 不大于 至多 最多');
const LOWER_PREFIXES = words('不低于 不少于 不小于 至少 最少');
/** Words after the unit that make the quantity an upper limit (5000元以下, 控制在3.5%以内). */
export const UPPER_SUFFIXES = words('以下 以内 之内');

/** The limit word written just before `at` (不超过, 至少 …) and the bound it sets, or null. */
export function boundPrefix(text: string, at: number, floor: number): { word: string; bound: MetricBound } | null {
  const upper = endsAt(text, at, UPPER_PREFIXES, floor);
  if (upper !== undefined) return { word: upper, bound: 'upper' };
  const lower = endsAt(text, at, LOWER_PREFIXES, floor);
  return lower === undefined ? null : { word: lower, bound: 'lower' };
}

/** Units that state a specification (wafer size, process node, voltage class), never an amount. */
const SPEC_UNITS = new Set(['英寸', '纳米', '千伏', '伏', 'kV', 'nm']);

/**
 * Whether a quantity with unit `unit`, its number at `start` and its text ending at `end`,
 * describes what something is rather than how much: a specification unit, a percentile
 * (ESI前1%), an age band (35岁以下比例, 3岁以下婴幼儿, 2-3周岁托班: `limited` when 以下/以上
 * follows the unit). A stated age (预期寿命83.5岁。) is an amount.
 */
export function isSpecification(text: string, start: number, end: number, unit: string, limited: boolean): boolean {
  if (SPEC_UNITS.has(unit)) return true;
  if ((unit === '%' || unit === '‰') && text[start - 1] === '前') return true;
  if (unit !== '岁' && unit !== '周岁') return false;
  return limited || (isHan(text[end]) && text[end] !== '的');
}

/** A comparison with another rate before a percentage: 高于全区, 低于全国平均水平, 比全省高. */
const COMPARED = /(?:(?:高于|低于|高出|低出|超出|超过|领先|快于|慢于|优于)([^，,。；;：:、\d]{1,12})|比([^，,。；;：:、\d]{1,12})(?:高|低|快|慢)(?:出)?)$/;
/** What a percentage is compared with: a scope, an average, a period, a standard. */
const COMPARATOR = /全|平均|上年|去年|同期|国家|标准|水平|省|市|区|县|目标|预期/;

/**
 * Whether the percentage starting at `start` states a gap between two rates (比例达99.84%，高于全区
 * 23.42%): a percentage-point difference, not a share.
 */
export function isRateGap(text: string, start: number, clauseStart: number): boolean {
  const m = COMPARED.exec(text.slice(clauseStart, start));
  const scope = m?.[1] ?? m?.[2];
  return scope !== undefined && COMPARATOR.test(scope);
}

/** Words of a goal rather than a result: 力争, 争取, 确保, 预期目标是, 不低于, 不少于. */
const TARGET_WORDS = /力争|争取(?!到|了)|确保(?!了)|预期目标|目标(?:是|为|[:：])|不低于|不少于/;

/** How far back (characters) a goal word is looked for: a long sentence's start says nothing of its end. */
const TARGET_WINDOW = 200;
const SENTENCE_END = /[。！？!?\n]/;

/**
 * Whether the sentence up to `end` (a quantity's end) states a goal (力争…达到4500亿元, 主要预期目标是：增长7%左右),
 * looking back at most TARGET_WINDOW characters, so that a paragraph of thousands of quantities stays linear.
 */
export function isTarget(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < TARGET_WINDOW && !SENTENCE_END.test(text[start - 1] ?? '')) start -= 1;
  return TARGET_WORDS.test(text.slice(start, end));
}
