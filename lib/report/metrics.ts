/**
 * Finds the quantities (counts, percentages, money, ranks, measures, durations, ratios, gaps
 * between rates) written with Arabic digits, and ranks written 第N or 第二, in one paragraph of a
 * Chinese government report. Pure: no I/O, no deps.
 */
import type { MetricBound } from './metric-context';
import { boundPrefix, isRateGap, isSpecification, isTarget, UPPER_SUFFIXES } from './metric-context';
import { followingLabel, MAX_LABEL, precedingLabel } from './metric-labels';
import { isDigit, isLatin, RANK_CONTEXT, startsAt, words } from './metric-words';
import { parseChineseNumeral } from './numerals';

export type { MetricBound };

/** What kind of quantity a metric is; `gap` is a difference between two rates in percentage points. */
export type MetricKind = 'count' | 'percent' | 'gap' | 'money' | 'rank' | 'measure' | 'duration' | 'ratio';

/** One quantity found in a paragraph. */
export interface MetricMatch {
  /** Offset of the first UTF-16 code unit of `text` in the input string. */
  start: number;
  /** Offset just past the end (input.slice(start, end) === text). */
  end: number;
  /** Exact text as written, e.g. 2631.54万元, 1000多条, 近480批次, 第2, 第二, 99.84%. */
  text: string;
  /** Normalised value with multipliers applied: 2631.54万元 -> 26315400; a range's upper bound. */
  value: number;
  /** Base unit after removing the multiplier (元, %, 个, 平方米, 名 for ranks …); '' when none. */
  unit: string;
  kind: MetricKind;
  /** True for 多/余/左右/以上/上下/许 after the number or 近/约/超过… before it, and for ranges. */
  approximate: boolean;
  /** A range's lower bound (2 in 2-3所), normalised like value; null when not a range. */
  min: number | null;
  /** A range's upper bound (3 in 2-3所, equal to value); null when not a range. */
  max: number | null;
  /** A limit rather than an amount: upper for 不超过/以下/以内, lower for 不低于/不少于/至少; null otherwise. */
  bound: MetricBound | null;
  /** True for a goal rather than a result (力争, 争取, 确保, 预期目标, 不低于, 不少于 in its sentence). */
  target: boolean;
  /** Short heuristic label naming what is counted, e.g. 行政复议申请; '' if nothing sensible. */
  label: string;
}

interface UnitDef { written: string; base: string; kind: MetricKind }

/** Space-separated `written` or `written=base` entries of one kind. */
function unitDefs(list: string, kind: MetricKind): UnitDef[] {
  return list.split(' ').map((entry) => {
    const [written = '', base] = entry.split('=');
    return { written, base: base ?? written, kind };
  });
}

/** Units and classifiers, longest first so that 人次 wins over 人 and 千瓦时 over 千瓦. */
const UNITS: readonly UnitDef[] = [
  ...unitDefs('% ‰', 'percent'),
  ...unitDefs('个百分点=百分点 百分点', 'gap'),
  ...unitDefs('元 美元 港元 欧元 英镑', 'money'),
  ...unitDefs('倍', 'ratio'),
  ...unitDefs('个工作日=工作日 工作日 个小时=小时 小时 分钟 秒 个月=月 个季度=季度 个星期=周 星期=周 周岁 岁 天 日 周 年', 'duration'),
  ...unitDefs('平方米 平方公里 平方千米 公里 千米 米 厘米 毫米 立方米 立方 吨 千克 公斤 克 毫克 微克 亩 公顷 千瓦时 千瓦 兆瓦时 兆瓦 吉瓦 瓦 千伏安 千伏 伏 ' +
    '标准箱 标箱 升 毫升 英寸 纳米 分 人年 km² km kg kWh kW kVA kV MWh MW GWh GW GB TB PB mm cm nm m² m³ m ㎡ ℃', 'measure'),
  ...unitDefs('个 件 项 类 宗 部 份 次 条 起 名 人 人次 家 家次 户 户次 所 座 批 批次 场 场次 期 篇 本 册 套 台 辆 艘 处 块 栋 ' +
    '幢 间 张 支 只 株 棵 幅 轮 例 笔 单 位 届 门 节 架 架次 列 车次 班次 航次 件次 项次 个次 份次 组 枚 颗 头 盏 根 层 床 ' +
    '种 款 卷 封 堂 课时 市 县 区 镇 乡', 'count'),
].sort((a, b) => b.written.length - a.written.length);

/** Places counted after a number (4市, 3县), unless the next character makes a word of them (12345市民热线, 3区域). */
const PLACE_BLOCKERS: Readonly<Record<string, string>> = {
  市: '民场级直属区委政容县域内外本', 县: '级域城区属委市', 区: '域级属委块间县内', 镇: '级街村域', 乡: '镇村级',
};

/** Multipliers as powers of ten, longest first. */
const MULTIPLIERS: readonly (readonly [string, number])[] = [['万亿', 12], ['千万', 7], ['百万', 6], ['亿', 8], ['万', 4], ['千', 3]];
const APPROX_PREFIXES = words('超过 将近 接近 大约 不到 不足 近 约 逾 超');
/** Characters that, before a one-character prefix, make it part of another word (最近, 节约, 赶超). */
const PREFIX_BLOCKERS: Readonly<Record<string, string>> = { 近: '最附临邻亲靠就', 约: '节制签合预履特公邀相', 超: '赶高' };
const APPROX_INFIXES = words('多 余');
const APPROX_SUFFIXES = words('左右 以上 上下 许');
/** 个 split from the rest of its unit by an approximation: 10个以上百分点, 2个多月. */
const SPLIT_CLASSIFIER = /^(以上|多|余)?(百分点|月|小时|工作日|季度|星期)/;
/** Range separators; after a percent only the dashes and tildes (由3%至5% is a change). */
const DASHES = '—–－-~～';
const RANGE_SEPARATORS = `${DASHES}至到`;
/** Characters joining numbers into names (1+N, 20＋8, 7×24, 9·7). */
const JOINERS = '+＋×*·';
/** Words after a number that make it a name or an ordinal although a unit prefix matches. */
const BLOCKED_AFTER = words('周年 年级 年代 号 版');
/** Characters after a 4-digit year that make it a year, a cohort or an edition (2023年度, 2022届). */
const YEAR_FOLLOWERS = '年届级版季';
const RANK_FOLLOWERS = '，,。；;：:！？!?）)」”"、和与及并且的 \u3000\n';
/** 第 followed by a Chinese numeral (居全国第一, 名列第二). */
const CHINESE_RANK_AT = /第([一二三四五六七八九十]{1,3})/y;
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '〔': '〕', '[': ']', '【': '】', '"': '"',
};
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));
const CLAUSE_BOUNDARY = /[，,。；;：:！？!?\n\r\t]/;
/** How far back (in characters) a label is looked for. */
const MAX_WINDOW = 60;

const FULL_WIDTH: Readonly<Record<string, string>> = { '％': '%', '．': '.' };

/** Replaces full-width digits, ％ and ． by their ASCII forms; the length (and every offset) is kept. */
export function normaliseDigits(input: string): string {
  return input.replace(/[０-９％．]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** An opened quotation, title or bracket; `open` is false once it or a pair around it has closed. */
interface OpenPair { close: string; at: number; open: boolean }

/**
 * Marks every offset inside a closed quotation, title or bracket pair (“…”, 《…》, 〔…〕 …).
 * A closer ends the innermost open pair it belongs to, and every pair opened inside that one.
 * Linear in the text: each closer finds its pair through a stack of its own.
 */
function protectedMask(text: string): Uint8Array {
  const stack: OpenPair[] = [];
  const byCloser = new Map<string, OpenPair[]>();
  // +1 where a protected range starts, -1 just after it ends; summed into the mask below.
  const edges = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    const candidates = CLOSERS.has(c) ? byCloser.get(c) : undefined;
    while (candidates && candidates.length > 0 && !candidates[candidates.length - 1]!.open) candidates.pop();
    const match = candidates?.pop();
    if (match !== undefined) {
      for (let top = stack.pop(); top !== undefined; top = top === match ? undefined : stack.pop()) top.open = false;
      edges[match.at]! += 1;
      edges[i + 1]! -= 1;
    } else if (QUOTE_PAIRS[c] !== undefined) {
      const pair = { close: QUOTE_PAIRS[c] ?? '', at: i, open: true };
      stack.push(pair);
      const list = byCloser.get(pair.close);
      if (list) list.push(pair);
      else byCloser.set(pair.close, [pair]);
    }
  }
  const mask = new Uint8Array(text.length);
  for (let i = 0, depth = 0; i < text.length; i += 1) {
    depth += edges[i]!;
    mask[i] = depth > 0 ? 1 : 0;
  }
  return mask;
}

interface NumberToken { start: number; end: number; digits: string; fraction: string }

const NUMBER_AT = /\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?/y;

/** Reads the number starting at `at` (digits, optional thousands separators and decimals). */
function readNumber(text: string, at: number): NumberToken {
  NUMBER_AT.lastIndex = at;
  const raw = NUMBER_AT.exec(text)?.[0] ?? '';
  const [whole = '', fraction = ''] = raw.replace(/,/g, '').split('.');
  return { start: at, end: at + raw.length, digits: whole, fraction };
}

/** Exact decimal scaling through the string form: (2631.54, 4) -> 26315400 without float noise. */
function scaled(token: NumberToken, exponent: number): number {
  return Number(`${token.digits}${token.fraction}e${exponent - token.fraction.length}`);
}

const isYearLike = (t: NumberToken): boolean => t.fraction === '' && /^(?:1\d{3}|20\d\d|2100)$/.test(t.digits);

/** Returns the approximation word written just before `at`, honouring words like 最近 and 节约. */
function approxPrefix(text: string, at: number, floor: number): string {
  const word = APPROX_PREFIXES.find((w) => at - w.length >= floor && text.startsWith(w, at - w.length)) ?? '';
  const blockers = PREFIX_BLOCKERS[word];
  const previous = text[at - word.length - 1];
  return blockers !== undefined && previous !== undefined && blockers.includes(previous) ? '' : word;
}

interface Quantity { end: number; exponent: number; unit?: UnitDef; approximate: boolean; upper: boolean }

/** The unit written at `at`, joining a 个 split by an approximation (10个以上百分点, 2个多月). */
function unitAt(text: string, at: number): { unit: UnitDef; approximate: boolean } | undefined {
  const unit = UNITS.find((u) => text.startsWith(u.written, at));
  const split = unit?.written === '个' ? SPLIT_CLASSIFIER.exec(text.slice(at + 1, at + 8)) : null;
  const whole = split === null ? undefined : UNITS.find((u) => u.written === `个${split[2]}`);
  if (split === null || whole === undefined) return unit && { unit, approximate: false };
  return { unit: { ...whole, written: `个${split[0]}` }, approximate: split[1] !== undefined };
}

/** Whether a place classifier is part of a word instead (12345市民热线, 3区域). */
function isPlaceWord(text: string, unit: UnitDef, after: number): boolean {
  const blockers = PLACE_BLOCKERS[unit.written];
  return blockers !== undefined && blockers.includes(text[after] ?? '\0');
}

/** Reads 多/余, a multiplier, a unit (or a compound unit like 吨/日) and 左右/以上/以下 after a number. */
function readQuantity(text: string, at: number): Quantity | null {
  if (startsAt(text, at, BLOCKED_AFTER) !== undefined) return null;
  let p = at;
  let approximate = false;
  const skip = (list: readonly string[]): void => {
    const word = startsAt(text, p, list);
    if (word !== undefined) { approximate = true; p += word.length; }
  };
  skip(APPROX_INFIXES);
  let found = unitAt(text, p);
  const multiplier = found === undefined ? MULTIPLIERS.find(([word]) => text.startsWith(word, p)) : undefined;
  if (multiplier !== undefined) {
    p += multiplier[0].length;
    skip(APPROX_INFIXES);
    found = unitAt(text, p);
  }
  let unit = found?.unit;
  if (unit === undefined && isLatin(text[p])) return null; // 5G, 4K
  if (unit !== undefined) {
    if (isPlaceWord(text, unit, p + unit.written.length)) return null;
    approximate ||= found?.approximate === true;
    p += unit.written.length;
    if (unit.kind === 'ratio' || unit.kind === 'duration') skip(APPROX_INFIXES); // 2倍多, 3年多
    if (text[p] === '级' || (/[A-Za-z]/.test(unit.written) && isLatin(text[p]))) return null; // 10万吨级, 5kWx
    const denominator = text[p] === '/' ? readDenominator(text, p + 1) : '';
    if (denominator !== '') {
      unit = { ...unit, base: `${unit.base}/${denominator}`, kind: unit.kind === 'money' ? 'money' : 'measure' };
      p += denominator.length + 1;
    }
  }
  const exponent = multiplier?.[1] ?? 0;
  const upper = (unit !== undefined || exponent > 0) ? startsAt(text, p, UPPER_SUFFIXES) : undefined;
  if (upper !== undefined) p += upper.length;
  else if (unit !== undefined || exponent > 0) skip(APPROX_SUFFIXES);
  return { end: p, exponent, unit, approximate, upper: upper !== undefined };
}

/** The unit after a slash in 吨/日, 微克/立方米 or 批次/千人; '' when it is not a unit. */
function readDenominator(text: string, at: number): string {
  const scale = MULTIPLIERS.find(([word]) => word.length === 1 && text.startsWith(word, at))?.[0] ?? '';
  const unit = UNITS.find((u) => text.startsWith(u.written, at + scale.length))?.written;
  return unit !== undefined ? scale + unit : text[at + scale.length] === '月' ? '月' : '';
}

/** Whether a ranking word stands in the 8 characters before 第. */
function hasRankContext(text: string, diAt: number): boolean {
  const before = text.slice(Math.max(0, diAt - 8), diAt);
  return RANK_CONTEXT.some((w) => before.includes(w));
}

/** Whether 第N is a ranking: 第2名, or 全区第2 at the end of a clause. */
function isRank(text: string, diAt: number, after: number): boolean {
  const next = text[after];
  if (next === '名' || next === '位') return true;
  if (next !== undefined && !RANK_FOLLOWERS.includes(next)) return false;
  return hasRankContext(text, diAt);
}

/** Where the label window of a metric starting at `at` begins: the clause start or the previous metric. */
function clauseStart(text: string, at: number, floor: number): number {
  let p = at;
  const stop = Math.max(floor, at - MAX_WINDOW);
  while (p > stop && !CLAUSE_BOUNDARY.test(text[p - 1] ?? '')) p -= 1;
  return p;
}

interface Draft {
  start: number; end: number; value: number; unit: string; kind: MetricKind; approximate: boolean;
  min: number | null; max: number | null; bound: MetricBound | null; follows: boolean;
}
/** A metric read at some offset (or null) and the offset where scanning resumes. */
interface Read { draft: Draft | null; skip: number }

/** A draft with the fields that most quantities leave empty. */
function draftOf(fields: Pick<Draft, 'start' | 'end' | 'value' | 'unit' | 'kind'> & Partial<Draft>): Draft {
  return { approximate: false, min: null, max: null, bound: null, follows: false, ...fields };
}

/** Length of the number of a list item opening a line ("18.8所1中心：…", "1.2023年，…"), 0 otherwise. */
function listMarker(text: string, at: number): number {
  const marker = /^\d{1,2}[.、](?=[^，。；,;\n]{1,40}[：:]|(?:19|20)\d\d年)/.exec(text.slice(at, at + 48));
  if (marker === null) return 0;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, at)) ? marker[0].length : 0;
}

/** 第N as a ranking (第2, 第1名); ordinals such as 第3批 are no metric. */
function readRank(text: string, n: NumberToken): Read {
  const end = text[n.end] === '名' || text[n.end] === '位' ? n.end + 1 : n.end;
  if (n.fraction !== '' || !isRank(text, n.start - 1, n.end)) return { draft: null, skip: n.end };
  return { draft: draftOf({ start: n.start - 1, end, value: scaled(n, 0), unit: '名', kind: 'rank' }), skip: end };
}

/**
 * 第二 as a ranking after a ranking word (名列第二, 居全国第一, 全市第五的) or before 名 (第一名);
 * 第一批, 第一次, 第一责任人 and 把…摆在第一位 are ordinals, no metric.
 */
function readChineseRank(text: string, at: number): Read | null {
  CHINESE_RANK_AT.lastIndex = at;
  const m = CHINESE_RANK_AT.exec(text);
  const value = m ? parseChineseNumeral(m[1] ?? '') : null;
  if (!m || value === null) return null;
  const after = at + m[0].length;
  const next = text[after];
  const ranked = next === '名' || (hasRankContext(text, at) && (next === '位' || next === undefined || RANK_FOLLOWERS.includes(next)));
  if (!ranked) return { draft: null, skip: after };
  const end = next === '名' || next === '位' ? after + 1 : after;
  return { draft: draftOf({ start: at, end, value, unit: '名', kind: 'rank' }), skip: end };
}

/** A fraction such as 1/4 (a ratio without unit); null when no slash and digit follow the number. */
function readFraction(text: string, n: NumberToken): Read | null {
  if (text[n.end] !== '/' || !isDigit(text[n.end + 1])) return null;
  const denominator = readNumber(text, n.end + 1);
  const value = Number((scaled(n, 0) / scaled(denominator, 0)).toPrecision(10));
  if (text[denominator.end] === '/' || !Number.isFinite(value)) return { draft: null, skip: denominator.end };
  return { draft: draftOf({ start: n.start, end: denominator.end, value, unit: '', kind: 'ratio' }), skip: denominator.end };
}

/** A number or range (3—5个, 3%-5%) with its multiplier and unit; years, dates, specifications and bare numbers are none. */
function readAmount(text: string, low: NumberToken): Read {
  let high = low;
  const percent = text[low.end] === '%' ? 1 : 0;
  const separators = percent === 1 ? DASHES : RANGE_SEPARATORS;
  if (separators.includes(text[low.end + percent] ?? '\0') && isDigit(text[low.end + percent + 1])) {
    high = readNumber(text, low.end + percent + 1);
    if (percent === 1 && text[high.end] !== '%') high = low; // 48%至150座: no range
  }
  const ranged = high !== low;
  const none = { draft: null, skip: high.end };
  const quantity = readQuantity(text, high.end);
  if (quantity === null || (quantity.unit === undefined && quantity.exponent === 0)) return none;
  const unit = quantity.unit;
  if ((isYearLike(low) || isYearLike(high)) && YEAR_FOLLOWERS.includes(text[high.end] ?? '\0')) return none;
  // N日 is a date (3月15日) unless it is a time limit (15日内办结, 15日以内).
  if (unit?.written === '日' && (text[low.start - 1] === '月' || !(quantity.upper || text[quantity.end] === '内'))) return none;
  if (isSpecification(text, low.start, quantity.end, unit?.base ?? '', quantity.upper || /以上$/.test(text.slice(0, quantity.end)))) return none;
  const kind = unit?.kind ?? 'count';
  const within = quantity.upper || (kind === 'duration' && text[quantity.end] === '内'); // 15日内办结
  return {
    draft: draftOf({
      start: low.start, end: quantity.end, value: scaled(high, quantity.exponent), unit: unit?.base ?? '', kind,
      approximate: quantity.approximate || ranged, follows: kind === 'count' || kind === 'measure',
      ...(ranged ? { min: scaled(low, quantity.exponent), max: scaled(high, quantity.exponent) } : {}),
      ...(within ? { bound: 'upper' as const } : {}),
    }),
    skip: quantity.end,
  };
}

/**
 * Extends a draft over a limit word before it (不超过10年: an upper bound, not approximate) or
 * an approximation word (近480批次); 近3年 is "the last 3 years", not approximate.
 */
function applyPrefix(text: string, draft: Draft, floor: number): void {
  const limit = boundPrefix(text, draft.start, floor);
  if (limit !== null) {
    draft.start -= limit.word.length;
    draft.bound = limit.bound;
    return;
  }
  const prefix = approxPrefix(text, draft.start, floor);
  const pastPeriod = prefix === '近' && (draft.unit === '年' || draft.unit === '月');
  if (prefix !== '' && !pastPeriod) { draft.start -= prefix.length; draft.approximate = true; }
}

/** Whether the number at `at` is a code rather than a quantity: a leading zero (索引号 011043217/2024). */
const isCode = (text: string, at: number): boolean => text[at] === '0' && isDigit(text[at + 1]);

/** Reads the metric whose number starts at `at`; `skip` is where scanning resumes. */
function readMetric(text: string, at: number, mask: Uint8Array, floor: number): Read {
  const marker = listMarker(text, at);
  if (marker > 0) return { draft: null, skip: at + marker };
  const number = readNumber(text, at);
  const before = text[at - 1];
  const joined = JOINERS.includes(before ?? '\0') || JOINERS.includes(text[number.end] ?? '\0');
  if (mask[at] === 1 || isLatin(before) || joined || isCode(text, at)) return { draft: null, skip: skipCode(text, number.end) };
  if (before === '第') return readRank(text, number);
  const read = readFraction(text, number) ?? readAmount(text, number);
  if (read.draft !== null) applyPrefix(text, read.draft, floor);
  return read;
}

/** Past a code's other parts (011043217/2024-00033): none of them is a quantity. */
function skipCode(text: string, from: number): number {
  return from + (/^[\d/\-—]*/.exec(text.slice(from))?.[0].length ?? 0);
}

/** Judges a draft in its sentence: a gap between rates, a goal. */
function judge(text: string, draft: Draft, window: number): { kind: MetricKind; target: boolean } {
  const gap = draft.kind === 'percent' && draft.unit === '%' && isRateGap(text, draft.start, window);
  return { kind: gap ? 'gap' : draft.kind, target: isTarget(text, draft.end) };
}

/**
 * The label of a rank or gap without a subject of its own, from the quantity before it in the
 * sentence: 交易额64.9亿元、居全国第一 ranks 交易额; 比例达99.84%，高于全区23.42% is the gap of
 * 比例 over the region (label 比例高于全区). '' otherwise.
 */
function subjectOfLast(text: string, draft: Draft, kind: MetricKind, last: MetricMatch | undefined, window: string): string {
  if (last === undefined || last.label === '' || /[。！？!?]/.test(text.slice(last.end, draft.start))) return '';
  if (kind === 'rank') return last.label;
  if (kind !== 'gap') return '';
  const comparison = /(?:高于|低于|高出|低出|超出|领先|快于|慢于|优于)[^，,。；;、\d]*$/.exec(window)?.[0] ?? '';
  return `${last.label}${comparison}`.length <= MAX_LABEL ? `${last.label}${comparison}` : last.label;
}

/**
 * The last texts' quantities: a report's check reads each body line's quantities twice (its
 * unlabelled metrics and its number checks) and rendering reads most of them a third time.
 * Bounded, and the results are frozen so that no caller can change another's.
 */
const recent = new Map<string, readonly MetricMatch[]>();
const RECENT_TEXTS = 512;

/** Finds every quantity in one paragraph of plain Chinese text, in order and without overlaps. */
export function extractMetrics(input: string): readonly MetricMatch[] {
  const known = recent.get(input);
  if (known !== undefined) return known;
  const found = Object.freeze(findMetrics(input).map((match) => Object.freeze(match)));
  if (recent.size >= RECENT_TEXTS) recent.clear();
  recent.set(input, found);
  return found;
}

function findMetrics(input: string): MetricMatch[] {
  const text = normaliseDigits(input);
  const mask = protectedMask(text);
  const metrics: MetricMatch[] = [];
  // The noun that followed the previous metric (1721个政务服务事项) and where it ends.
  let previous = { label: '', end: 0 };
  let last: MetricMatch | undefined;
  let p = 0;
  while (p < text.length) {
    const rank = text[p] === '第' && mask[p] !== 1 ? readChineseRank(text, p) : null;
    if (rank === null && !isDigit(text[p])) { p += 1; continue; }
    const { draft, skip } = rank ?? readMetric(text, p, mask, previous.end);
    p = Math.max(skip, p + 1);
    if (draft === null) continue;
    const { follows, ...metric } = draft;
    const windowStart = clauseStart(text, draft.start, previous.end);
    const window = text.slice(windowStart, draft.start);
    const after = follows ? followingLabel(text, draft.end) : { label: '', end: draft.end };
    // "1721个政务服务事项100%达到": the noun of the previous metric is the subject of this one.
    const sharesNoun = previous.label !== '' && /^[已均都达为共]*$/.test(window);
    const own = after.label !== '' ? after.label : sharesNoun ? previous.label : precedingLabel(window, draft.kind === 'rank');
    const judged = judge(text, draft, windowStart);
    const label = own === '' ? subjectOfLast(text, draft, judged.kind, last, window) : own;
    last = { ...metric, ...judged, text: input.slice(draft.start, draft.end), label };
    metrics.push(last);
    previous = after;
  }
  return metrics;
}
