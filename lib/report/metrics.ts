/**
 * Finds the quantities (counts, percentages, money, ranks, measures, durations, ratios) written
 * with Arabic digits in one paragraph of a Chinese government report. Pure: no I/O, no deps.
 */

/** What kind of quantity a metric is. */
export type MetricKind = 'count' | 'percent' | 'money' | 'rank' | 'measure' | 'duration' | 'ratio';

/** One quantity found in a paragraph. */
export interface MetricMatch {
  /** Offset of the first UTF-16 code unit of `text` in the input string. */
  start: number;
  /** Offset just past the end (input.slice(start, end) === text). */
  end: number;
  /** Exact text as written, e.g. 2631.54万元, 1000多条, 近480批次, 第2, 99.84%. */
  text: string;
  /** Normalised value with multipliers applied: 2631.54万元 -> 26315400. */
  value: number;
  /** Base unit after removing the multiplier (元, %, 个, 平方米, 名 for ranks …); '' when none. */
  unit: string;
  kind: MetricKind;
  /** True for 多/余/左右/以上/上下/许 after the number or 近/约/超过… before it, and for ranges. */
  approximate: boolean;
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

/** A copy sorted longest first, so that longer words win over their prefixes. */
function longestFirst(list: readonly string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

/** A space-separated word list, longest first. */
function words(list: string): string[] {
  return longestFirst(list.split(' '));
}

/** Units and classifiers, longest first so that 人次 wins over 人 and 千瓦时 over 千瓦. */
const UNITS: readonly UnitDef[] = [
  ...unitDefs('个百分点=百分点 百分点 % ‰', 'percent'),
  ...unitDefs('元 美元 港元 欧元 英镑', 'money'),
  ...unitDefs('倍', 'ratio'),
  ...unitDefs('个工作日=工作日 工作日 个小时=小时 小时 分钟 秒 个月=月 个季度=季度 个星期=周 星期=周 周岁 岁 天 日 周 年', 'duration'),
  ...unitDefs('平方米 平方公里 平方千米 公里 千米 米 厘米 毫米 立方米 立方 吨 千克 公斤 克 毫克 微克 亩 公顷 千瓦时 千瓦 兆瓦时 兆瓦 吉瓦 瓦 千伏 ' +
    '标准箱 标箱 升 毫升 英寸 分 人年 km² km kg kWh kW MWh MW GWh GW GB TB PB mm cm m² m³ m ㎡ ℃', 'measure'),
  ...unitDefs('个 件 项 类 宗 部 份 次 条 起 名 人 人次 家 家次 户 户次 所 座 批 批次 场 场次 期 篇 本 册 套 台 辆 艘 处 块 栋 ' +
    '幢 间 张 支 只 株 棵 幅 轮 例 笔 单 位 届 门 节 架 架次 列 车次 班次 航次 件次 项次 个次 份次 组 枚 颗 头 盏 根 层 床 ' +
    '种 款 卷 封 堂 课时', 'count'),
].sort((a, b) => b.written.length - a.written.length);

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
const RANK_CONTEXT = words('排名 排 位居 位列 名列 居 全国 全省 全区 全市');
const RANK_FOLLOWERS = '，,。；;：:！？!?）)」”"、和与及并且 \u3000\n';
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '〔': '〕', '[': ']', '【': '】', '"': '"',
};
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));
const CLAUSE_BOUNDARY = /[，,。；;：:！？!?\n\r\t]/;

// Label lexicon: words stripped around a label, and verbs whose object is the label.
const TRAILING_WORDS = words('不少于 不低于 至少 力争 突破 分别达到 分别为 分别达 提高到 提升到 提高至 提升至 增加到 增加至 下降到 ' +
  '下降至 达到 增至 降至 共计 合计 累计 总计 分别 完成 其中 达 为 是 共 已 均 占 有 计 至 到 了 的 、 和 及');
const SCOPE_WORDS = words('市级以上 省级以上 区级以上 县级以上 自治区级 市本级 全社会 国家级 全市 全区 全省 全国 全县 本级 省级 市级 区级 县级');
const LEADING_WORDS = longestFirst([...SCOPE_WORDS, ...words('备案审查 进一步 高质量 全年 今年 当年 年内 其中 目前 共计 累计 合计 ' +
  '总计 先后 成功 依法 有效 提前 高频 持续 全面 积极 主动 以及 各类 各级 各项 各种 评查 适用 公布 施行 审查 建立 成立 设立 组建 ' +
  '创建 打造 培育 投入 安排 实现 推动 落实 培训 改造 整治 排查 检查 调解 走访 协调 解决 认定 供应 提供 覆盖 吸引 带动 签订 审理 ' +
  '开放 开设 支持 扶持 资助 督促 推进 加快 力争 配租 续租 新建 新设 新开工 新改扩建 改扩建 新改建 新引进 新认定 新登记 新当选 ' +
  '新孵化 新培养 新推出 新开通 新接入 新整备 新改造 已 并 及 与 、 为 向 将 把 从 到 比 —')]);
const OBJECT_VERBS = words('开展 发布 办理 办结 审结 化解 建成 提出 发现 整改 编制 制定 修订 新增 完成 举办 引进 惠及 帮助 获得 ' +
  '发放 列入 纳入 受理 查处 组织 认定 推出 出台 印发 筹集 选派 接待 开通 上线 报备 减少 节约 培养 评选 实施');
/** Heads of a short remainder that make a verb part of the noun (化解率, 受理总量): no cut after the verb. */
const NOUN_SUFFIX_HEADS = '率量数额比占总金规';
const FOLLOWING_STOPS = '的已和与及并被均都等共受按';
const FOLLOWING_VERBS = [...OBJECT_VERBS, ...words('实行 达到 实现 进驻 落地 开工 竣工 投产 入驻 获评 入选 通过 解决 进行 参与 ' +
  '参加 提供 受益 接受 配租 续租 开放 进入 获批 入围 启用 投用 运营')];
/** Trailing words stripped before a rank (排名全区第2). */
const RANK_TRAILING_WORDS = longestFirst([...TRAILING_WORDS, ...RANK_CONTEXT, '综合排名']);
/** Labels made only of one of these words say nothing about what is counted. */
const FUNCTION_WORDS = new Set([...RANK_TRAILING_WORDS, ...LEADING_WORDS, ...FOLLOWING_VERBS]);
/** Years, months and days inside a label window (2023年度, 1至11月, 15日). */
const DATE_WORDS = /\d{4}年(?:度|底|末|初)?|\d{1,2}(?:[—\-至]\d{1,2})?月份?|\d{1,2}日/g;
const MAX_LABEL = 12;
/** How far back (in characters) a label is looked for. */
const MAX_WINDOW = 60;

const FULL_WIDTH: Readonly<Record<string, string>> = { '％': '%', '．': '.' };

/** Replaces full-width digits, ％ and ． by their ASCII forms; the length (and every offset) is kept. */
export function normaliseDigits(input: string): string {
  return input.replace(/[０-９％．]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);
const startsAt = (text: string, at: number, words: readonly string[]): string | undefined =>
  words.find((w) => text.startsWith(w, at));

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

interface Quantity { end: number; exponent: number; unit?: UnitDef; approximate: boolean }

/** The unit written at `at`, joining a 个 split by an approximation (10个以上百分点, 2个多月). */
function unitAt(text: string, at: number): { unit: UnitDef; approximate: boolean } | undefined {
  const unit = UNITS.find((u) => text.startsWith(u.written, at));
  const split = unit?.written === '个' ? SPLIT_CLASSIFIER.exec(text.slice(at + 1, at + 8)) : null;
  const whole = split === null ? undefined : UNITS.find((u) => u.written === `个${split[2]}`);
  if (split === null || whole === undefined) return unit && { unit, approximate: false };
  return { unit: { ...whole, written: `个${split[0]}` }, approximate: split[1] !== undefined };
}

/** Reads 多/余, a multiplier, a unit (or a compound unit like 吨/日) and 左右/以上 after a number. */
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
  if (unit !== undefined || exponent > 0) skip(APPROX_SUFFIXES);
  return { end: p, exponent, unit, approximate };
}

/** The unit after a slash in 吨/日, 微克/立方米 or 批次/千人; '' when it is not a unit. */
function readDenominator(text: string, at: number): string {
  const scale = MULTIPLIERS.find(([word]) => word.length === 1 && text.startsWith(word, at))?.[0] ?? '';
  const unit = UNITS.find((u) => text.startsWith(u.written, at + scale.length))?.written;
  return unit !== undefined ? scale + unit : text[at + scale.length] === '月' ? '月' : '';
}

/** Cleans the raw text before a metric into a label (the object of the clause). */
function precedingLabel(raw: string, rank: boolean): string {
  let s = raw.replace(/[（(][^（()）]*[)）]|《[^《》]*》|〔[^〔〕]*〕|\[[^[\]]*\]/g, '').replace(/[“”"‘’「」『』\s]/g, '');
  s = s.replace(/^.*[)）]/, '').replace(/[（(《].*$/, '').replace(DATE_WORDS, '');
  // "A、B等" lists examples of what the classifier counts: the examples are no label.
  if (s.endsWith('等')) return '';
  s = s.slice(s.lastIndexOf('等') + 1);
  s = stripRepeatedly(s, rank ? RANK_TRAILING_WORDS : TRAILING_WORDS, 'end');
  s = stripRepeatedly(cutAfterLastVerb(s), LEADING_WORDS, 'start');
  return shorten(s);
}

/** Removes words (sorted longest first) from one end while something remains. */
function stripRepeatedly(s: string, words: readonly string[], side: 'start' | 'end'): string {
  for (;;) {
    const word = words.find((w) => (side === 'start' ? s.startsWith(w) : s.endsWith(w)));
    if (word === undefined || word.length === s.length) return s;
    s = side === 'start' ? s.slice(word.length) : s.slice(0, -word.length);
  }
}

/** Keeps what follows the rightmost verb that takes the label as object (办理行政复议申请 -> 行政复议申请). */
function cutAfterLastVerb(s: string): string {
  for (let end = s.length - 2; end >= 2; end -= 1) {
    const rest = s.slice(end);
    const partOfNoun = rest.length <= 2 && NOUN_SUFFIX_HEADS.includes(rest[0] ?? '');
    if (!partOfNoun && OBJECT_VERBS.some((v) => s.startsWith(v, end - v.length))) return rest;
  }
  return s;
}

/** Fits a label into MAX_LABEL characters, keeping the head noun at the end; drops scope-only labels. */
function shorten(label: string): string {
  let s = label.length > MAX_LABEL ? stripRepeatedly(label, SCOPE_WORDS, 'start') : label;
  if (s.length > MAX_LABEL) {
    const cut = Math.max(...[...'、的和与及对把向在中'].map((c) => s.lastIndexOf(c)));
    if (cut >= 0 && s.length - cut - 1 >= 2) s = s.slice(cut + 1);
  }
  s = s.slice(-MAX_LABEL);
  return s.length < 2 || FUNCTION_WORDS.has(s) ? '' : s;
}

/** The noun a classifier introduces (1721个政务服务事项 -> 政务服务事项) and where it ends; '' when none. */
function followingLabel(text: string, at: number): { label: string; end: number } {
  let p = at;
  while (p < text.length && p - at <= MAX_LABEL) {
    const c = text[p] ?? '';
    if (c === '“' || c === '”') { p += 1; continue; }
    if (!isHan(c) || FOLLOWING_STOPS.includes(c) || startsAt(text, p, FOLLOWING_VERBS) !== undefined) break;
    p += 1;
  }
  const label = text.slice(at, p).replace(/[“”]/g, '');
  return label.length >= 2 && label.length <= 10 ? { label, end: p } : { label: '', end: at };
}

/** Whether 第N is a ranking: 第2名, or 全区第2 at the end of a clause. */
function isRank(text: string, diAt: number, after: number): boolean {
  const next = text[after];
  if (next === '名' || next === '位') return true;
  if (next !== undefined && !RANK_FOLLOWERS.includes(next)) return false;
  const before = text.slice(Math.max(0, diAt - 8), diAt);
  return RANK_CONTEXT.some((w) => before.includes(w));
}

/** Where the label window of a metric starting at `at` begins: the clause start or the previous metric. */
function clauseStart(text: string, at: number, floor: number): number {
  let p = at;
  const stop = Math.max(floor, at - MAX_WINDOW);
  while (p > stop && !CLAUSE_BOUNDARY.test(text[p - 1] ?? '')) p -= 1;
  return p;
}

interface Draft { start: number; end: number; value: number; unit: string; kind: MetricKind; approximate: boolean; follows: boolean }
/** A metric read at some offset (or null) and the offset where scanning resumes. */
interface Read { draft: Draft | null; skip: number }

/** Length of the number of a glossary item opening a line ("18.8所1中心：…"), 0 otherwise. */
function listMarker(text: string, at: number): number {
  const marker = /^\d{1,2}[.、](?=[^，。；,;\n]{1,40}[：:])/.exec(text.slice(at, at + 48));
  if (marker === null) return 0;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, at)) ? marker[0].length : 0;
}

/** 第N as a ranking (第2, 第1名); ordinals such as 第3批 are no metric. */
function readRank(text: string, n: NumberToken): Read {
  const end = text[n.end] === '名' || text[n.end] === '位' ? n.end + 1 : n.end;
  if (n.fraction !== '' || !isRank(text, n.start - 1, n.end)) return { draft: null, skip: n.end };
  return { draft: { start: n.start - 1, end, value: scaled(n, 0), unit: '名', kind: 'rank', approximate: false, follows: false }, skip: end };
}

/** A fraction such as 1/4 (a ratio without unit); null when no slash and digit follow the number. */
function readFraction(text: string, n: NumberToken): Read | null {
  if (text[n.end] !== '/' || !isDigit(text[n.end + 1])) return null;
  const denominator = readNumber(text, n.end + 1);
  const value = Number((scaled(n, 0) / scaled(denominator, 0)).toPrecision(10));
  if (text[denominator.end] === '/' || !Number.isFinite(value)) return { draft: null, skip: denominator.end };
  return { draft: { start: n.start, end: denominator.end, value, unit: '', kind: 'ratio', approximate: false, follows: false }, skip: denominator.end };
}

/** A number or range (3—5个, 3%-5%) with its multiplier and unit; years, dates and bare numbers are none. */
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
  if (unit?.written === '日' && (text[low.start - 1] === '月' || !/^(?:以内|之内|内)/.test(text.slice(quantity.end)))) return none;
  const kind = unit?.kind ?? 'count';
  return {
    draft: {
      start: low.start, end: quantity.end, value: scaled(high, quantity.exponent), unit: unit?.base ?? '', kind,
      approximate: quantity.approximate || ranged, follows: kind === 'count' || kind === 'measure',
    },
    skip: quantity.end,
  };
}

/** Extends a draft over an approximation word before it (近480批次); 近3年 is "the last 3 years", not approximate. */
function applyPrefix(text: string, draft: Draft, floor: number): void {
  const prefix = approxPrefix(text, draft.start, floor);
  const pastPeriod = prefix === '近' && (draft.unit === '年' || draft.unit === '月');
  if (prefix !== '' && !pastPeriod) { draft.start -= prefix.length; draft.approximate = true; }
}

/** Reads the metric whose number starts at `at`; `skip` is where scanning resumes. */
function readMetric(text: string, at: number, mask: Uint8Array, floor: number): Read {
  const marker = listMarker(text, at);
  if (marker > 0) return { draft: null, skip: at + marker };
  const number = readNumber(text, at);
  const before = text[at - 1];
  const joined = JOINERS.includes(before ?? '\0') || JOINERS.includes(text[number.end] ?? '\0');
  if (mask[at] === 1 || isLatin(before) || joined) return { draft: null, skip: number.end };
  if (before === '第') return readRank(text, number);
  const read = readFraction(text, number) ?? readAmount(text, number);
  if (read.draft !== null) applyPrefix(text, read.draft, floor);
  return read;
}

/** Finds every quantity in one paragraph of plain Chinese text, in order and without overlaps. */
export function extractMetrics(input: string): MetricMatch[] {
  const text = normaliseDigits(input);
  const mask = protectedMask(text);
  const metrics: MetricMatch[] = [];
  // The noun that followed the previous metric (1721个政务服务事项) and where it ends.
  let previous = { label: '', end: 0 };
  let p = 0;
  while (p < text.length) {
    if (!isDigit(text[p])) { p += 1; continue; }
    const { draft, skip } = readMetric(text, p, mask, previous.end);
    p = Math.max(skip, p + 1);
    if (draft === null) continue;
    const { follows, ...metric } = draft;
    const window = text.slice(clauseStart(text, draft.start, previous.end), draft.start);
    const after = follows ? followingLabel(text, draft.end) : { label: '', end: draft.end };
    // "1721个政务服务事项100%达到": the noun of the previous metric is the subject of this one.
    const sharesNoun = previous.label !== '' && /^[已均都达为共]*$/.test(window);
    const label = after.label !== '' ? after.label : sharesNoun ? previous.label : precedingLabel(window, draft.kind === 'rank');
    metrics.push({ ...metric, text: input.slice(draft.start, draft.end), label });
    previous = after;
  }
  return metrics;
}
