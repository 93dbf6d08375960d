import { formatAmount } from './compare';
import type { MetricMatch } from './metrics';
import { extractMetrics, normaliseDigits } from './metrics';

/** A suspicious number in one line of text, located by its 0-based offset in the line. */
export interface NumberFinding {
  offset: number;
  /** What looks wrong and what to do, in Chinese. */
  message: string;
}

/** Punctuation that ends a clause. */
const CLAUSE_END = /[，,。；;：:！？!?]/;
/** Words saying a share or rate: such a percentage cannot exceed 100. */
const SHARE_WORDS = /率|比例|占比|比重|占/;
/** Words saying a change or a plan fulfilled, which may exceed 100%: 增长120%, 完成计划的120%. */
const CHANGE_WORDS = /增长|增幅|增速|增加|提高|提升|上升|下降|减少|同比|环比|较上年|比上年|完成|超额|达成/;
/** Words announcing a total: 共, 合计 … */
const TOTAL_WORDS = /共|合计|总计|累计/;
/** Kinds of quantity that parts can add up to. */
const ADDITIVE = new Set(['count', 'measure', 'money']);

/** Offset where the clause holding `at` starts. */
function clauseStart(text: string, at: number): number {
  let p = at;
  while (p > 0 && !CLAUSE_END.test(text[p - 1] ?? '')) p -= 1;
  return p;
}

/** Offset where the sentence holding `at` ends (after its 。！？), or the text's end. */
function sentenceEnd(text: string, at: number): number {
  const rest = text.slice(at).search(/[。！？!?]/);
  return rest < 0 ? text.length : at + rest + 1;
}

/** The clause text leading up to and including a quantity, at most 20 characters, for messages. */
function quote(text: string, start: number, end: number): string {
  return text.slice(Math.max(clauseStart(text, start), end - 20), end).trim();
}

/** Percentages over 100 that read as a share (合格率130%, 占比120%). */
function shareOver100(text: string, metrics: readonly MetricMatch[]): NumberFinding[] {
  return metrics
    .filter((m) => m.unit === '%' && m.value > 100)
    .filter((m) => {
      const clause = text.slice(clauseStart(text, m.start), m.start);
      return SHARE_WORDS.test(clause) && !CHANGE_WORDS.test(clause);
    })
    .map((m) => ({
      offset: m.start,
      message: `“${quote(text, m.start, m.end)}”超过了100%：比率、比例、占比不会超过100%，请核对这个数字`,
    }));
}

/** Offsets inside quotation marks, book titles and brackets (“3211”工作机制, 《…》, 〔2023〕). */
function quotedMask(text: string): boolean[] {
  const pairs: Record<string, string> = { '“': '”', '《': '》', '〔': '〕', '「': '」', '"': '"' };
  const mask: boolean[] = new Array<boolean>(text.length).fill(false);
  const open: { close: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (open.at(-1)?.close === c) mask.fill(true, open.pop()?.at ?? i, i + 1);
    else if (pairs[c] !== undefined) open.push({ close: pairs[c] ?? '', at: i });
  }
  return mask;
}

/** Numbers written with nothing after them but a clause break (发现问题183，): a unit seems missing. */
function withoutUnit(text: string, metrics: readonly MetricMatch[]): NumberFinding[] {
  const digits = normaliseDigits(text);
  const quoted = quotedMask(digits);
  const inMetric = (at: number) => metrics.some((m) => at >= m.start && at < m.end);
  const findings: NumberFinding[] = [];
  for (const match of digits.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = digits[start - 1] ?? '';
    const after = digits[end] ?? '';
    const yearLike = /^(?:19|20)\d\d$/.test(match[0]);
    // 平台2.0, 工业4.0: a version, not a quantity.
    const version = /^\d+\.0$/.test(match[0]);
    const listMarker = /^[\s#>\\]*$/.test(digits.slice(0, start)) && /[.．、)）]/.test(after);
    if (inMetric(start) || quoted[start] || yearLike || version || listMarker) continue;
    if (/[第、A-Za-z+＋×*·/:：.\-—~～]/.test(before) || !(after === '' || /[，,。；;！？!?]/.test(after))) continue;
    findings.push({
      offset: start,
      message: `“${quote(text, start, end)}”中的数字 ${match[0]} 后面没有单位：请补上单位（如“件”“个”“人次”），或核对是否漏了字`,
    });
  }
  return findings;
}

/** The parts given after 其中 for a total (共389件，其中…), in its sentence or opening the next. */
function partsOf(text: string, metrics: readonly MetricMatch[], total: MetricMatch): MetricMatch[] {
  const end = sentenceEnd(text, total.end);
  const from = text.indexOf('其中', total.end);
  if (from < 0 || TOTAL_WORDS.test(text.slice(total.end, from))) return [];
  if (from >= end && text.slice(end, from).trim() !== '') return [];
  const stop = sentenceEnd(text, from);
  const next = text.slice(from + 2, stop).search(/共|合计|总计|累计|其中/);
  const until = next < 0 ? stop : from + 2 + next;
  return metrics.filter((m) => m.start > from && m.end <= until && m.unit === total.unit && m.kind === total.kind && !m.approximate);
}

/** Totals whose parts after 其中 add up to more than the total, or (two or more parts) to less. */
function inconsistentTotals(text: string, metrics: readonly MetricMatch[]): NumberFinding[] {
  return metrics.flatMap((total) => {
    const clause = text.slice(clauseStart(text, total.start), total.start);
    if (!ADDITIVE.has(total.kind) || total.approximate || !TOTAL_WORDS.test(clause)) return [];
    const parts = partsOf(text, metrics, total);
    const sum = Number(parts.reduce((n, p) => n + p.value, 0).toPrecision(12));
    const like = { ...total, id: '', section: null, point: null };
    const listed = `${parts.map((p) => p.text).join('、')}，合计${formatAmount(sum, like)}`;
    if (parts.length >= 1 && sum > total.value) {
      return [{ offset: total.start, message: `“${quote(text, total.start, total.end)}”小于其中各项之和（${listed}）：请核对总数和各分项` }];
    }
    if (parts.length >= 2 && sum < total.value) {
      return [{ offset: total.start, message: `“${quote(text, total.start, total.end)}”与其中各项之和（${listed}）不一致：请核对；如“其中”只列举了部分类别，可忽略本提示` }];
    }
    return [];
  });
}

/**
 * Suspicious numbers in one line of a report: a share over 100%, a number without a unit,
 * a total that its parts do not add up to. Pure; offsets are in the line as given.
 */
export function checkNumbers(line: string): NumberFinding[] {
  const metrics = extractMetrics(line);
  return [...shareOver100(line, metrics), ...withoutUnit(line, metrics), ...inconsistentTotals(line, metrics)]
    .sort((a, b) => a.offset - b.offset);
}
