/**
 * Heuristic labels naming what a quantity counts: the object of the clause before it
 * (办理行政复议申请389件 → 行政复议申请) or the noun its classifier introduces
 * (1721个政务服务事项 → 政务服务事项). A label is whole words or nothing: when the words
 * cannot be cut cleanly the label is '' (and `check` asks staff to name the figure).
 */
import { isHan, longestFirst, RANK_CONTEXT, startsAt, words } from './metric-words';

const TRAILING_WORDS = words('稳定保持在 保持在 控制在 稳定在 保持 连续 不少于 不低于 不超过 不高于 至少 力争 突破 分别达到 分别为 分别达 提高到 提升到 提高至 提升至 增加到 增加至 下降到 ' +
  '下降至 达到 增至 降至 共计 合计 累计 总计 分别 完成 其中 达 为 是 共 已 均 占 有 计 至 到 了 的 、 和 及');
const SCOPE_WORDS = words('市级以上 省级以上 区级以上 县级以上 自治区级 市本级 全社会 国家级 全市 全区 全省 全国 全县 本级 省级 市级 区级 县级');
const LEADING_WORDS = longestFirst([...SCOPE_WORDS, ...words('备案审查 进一步 高质量 全年 今年 当年 年内 其中 目前 共计 累计 合计 ' +
  '总计 先后 成功 依法 有效 提前 高频 持续 全面 积极 主动 以及 各类 各级 各项 各种 评查 适用 公布 施行 审查 建立 成立 设立 组建 ' +
  '创建 打造 培育 投入 安排 实现 推动 落实 培训 改造 整治 排查 检查 调解 走访 协调 解决 认定 供应 提供 覆盖 吸引 带动 签订 审理 ' +
  '开放 开设 支持 扶持 资助 督促 推进 加快 力争 配租 续租 新建 新设 新开工 新改扩建 改扩建 新改建 新引进 新认定 新登记 新当选 ' +
  '新孵化 新培养 新推出 新开通 新接入 新整备 新改造 已 并 及 与 、 为 向 将 把 从 到 比 —')]);
const OBJECT_VERBS = words('开展 发布 办理 办结 审结 化解 建成 提出 发现 整改 编制 制定 修订 新增 完成 举办 引进 惠及 帮助 获得 ' +
  '发放 列入 纳入 受理 查处 组织 认定 推出 出台 印发 筹集 选派 接待 开通 上线 报备 减少 节约 培养 评选 实施 获评 入选');
/** Heads of a short remainder that make a verb part of the noun (化解率, 受理总量): no cut after the verb. */
const NOUN_SUFFIX_HEADS = '率量数额比占总金规';
const FOLLOWING_STOPS = '的已和与及并被均都等共受按';
const FOLLOWING_VERBS = [...OBJECT_VERBS, ...words('实行 达到 实现 进驻 落地 开工 竣工 投产 入驻 获评 入选 通过 解决 进行 参与 ' +
  '参加 提供 受益 接受 配租 续租 开放 进入 获批 入围 启用 投用 运营')];
/** Trailing words stripped before a rank (排名全区第2). */
const RANK_TRAILING_WORDS = longestFirst([...TRAILING_WORDS, ...RANK_CONTEXT, '综合排名']);
/** Labels made only of one of these words say nothing about what is counted. */
const FUNCTION_WORDS = new Set([...RANK_TRAILING_WORDS, ...LEADING_WORDS, ...FOLLOWING_VERBS]);
/** A comparison ending the window of a gap (占比高于全省15个百分点): what is compared is before it. */
const COMPARISON_TAIL = /(?:高于|低于|高出|低出|超出|领先|快于|慢于|优于)[^，,。；;]{0,12}$/;
/** Years, months and days inside a label window (2023年度, 1至11月, 15日). */
const DATE_WORDS = /\d{4}年(?:度|底|末|初)?|\d{1,2}(?:[—\-至]\d{1,2})?月份?|\d{1,2}日/g;
/** Characters a noun phrase neither starts nor ends with: a label edged by one is a cut clause (以区政府为). */
const CUT_START = /^(?:以(?!旧换新)|[把将向由为与和及或于之的])/;
const CUT_END = /(?:[以把将于之的在按等使让和或]|(?<!参)与|(?<![普涉])及)$/;
/** Longest label; a longer phrase that cannot be cut at a word boundary gives no label. */
export const MAX_LABEL = 16;

/** Removes words (sorted longest first) from one end while something remains. */
function stripRepeatedly(s: string, list: readonly string[], side: 'start' | 'end'): string {
  for (;;) {
    const word = list.find((w) => (side === 'start' ? s.startsWith(w) : s.endsWith(w)));
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

/**
 * Fits a label into MAX_LABEL characters at a word boundary (after 、的和与及对把向在), keeping
 * the head noun at the end; '' when it cannot be cut there, says nothing, or is a cut clause.
 */
function shorten(label: string): string {
  let s = label.length > MAX_LABEL ? stripRepeatedly(label, SCOPE_WORDS, 'start') : label;
  if (s.length > MAX_LABEL) {
    const cut = Math.max(...[...'、的和与及对把向在'].map((c) => s.lastIndexOf(c)));
    if (cut >= 0 && s.length - cut - 1 >= 2) s = s.slice(cut + 1);
  }
  const cutClause = CUT_START.test(s) || CUT_END.test(s);
  return s.length < 2 || s.length > MAX_LABEL || cutClause || FUNCTION_WORDS.has(s) ? '' : s;
}

/** Cleans the raw text before a metric into a label (the object of the clause). */
export function precedingLabel(raw: string, rank: boolean): string {
  let s = raw.replace(/[（(][^（()）]*[)）]|《[^《》]*》|〔[^〔〕]*〕|\[[^[\]]*\]/g, '').replace(/[“”"‘’「」『』\s]/g, '');
  s = s.replace(/^.*[)）]/, '').replace(/[（(《].*$/, '').replace(DATE_WORDS, '').replace(COMPARISON_TAIL, '');
  // "A、B等" lists examples of what the classifier counts: the examples are no label.
  if (s.endsWith('等')) return '';
  s = s.slice(s.lastIndexOf('等') + 1);
  s = stripRepeatedly(s, rank ? RANK_TRAILING_WORDS : TRAILING_WORDS, 'end');
  s = stripRepeatedly(cutAfterLastVerb(s), LEADING_WORDS, 'start');
  // 在平安广东建设考评中排名第一: what is ranked is inside 在…中.
  return shorten(s.replace(/^在(.{2,})中$/, '$1'));
}

/** The noun a classifier introduces (1721个政务服务事项 -> 政务服务事项) and where it ends; '' when none. */
export function followingLabel(text: string, at: number): { label: string; end: number } {
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
