/**
 * Word's automatic list numbering (word/numbering.xml): the label each numbered paragraph shows
 * (一、 （二） 3. ①), counted the way Word counts. Pure.
 */
import { toChineseNumeral } from '../report/numerals';
import type { XmlElement } from './word-xml';
import { attr, childrenNamed, childVal, isOn, parseXml } from './word-xml';

/** One level of a list definition. */
interface Level {
  start: number;
  format: string;
  text: string;
  /** Level whose advance restarts this one (w:lvlRestart, 1-based); default: any shallower level. */
  restartAfter?: number;
  /** Legal numbering: every level shown in decimal. */
  legal: boolean;
}

/** A w:num: which list definition it uses and the levels it restarts. */
interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

const DIGIT_CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const DIGIT_PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const DIGIT_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a w:numFmt; decimal for formats without a form for it. */
export function formatCounter(n: number, format: string): string {
  const from = (chars: string) => chars[n - 1] ?? String(n);
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return n >= 1 && n <= 99 ? toChineseNumeral(n) : String(n);
    case 'chineseLegalSimplified':
      return n >= 1 && n <= 99 ? toChineseNumeral(n).replace(/[一二三四五六七八九十]/g, (c) => (c === '十' ? '拾' : LEGAL_DIGITS['一二三四五六七八九'.indexOf(c) + 1] ?? c)) : String(n);
    case 'ideographTraditional': return from(HEAVENLY_STEMS);
    case 'ideographZodiac': return from(EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese': return from(DIGIT_CIRCLED);
    case 'decimalEnclosedParen': return from(DIGIT_PAREN);
    case 'decimalEnclosedFullstop': return from(DIGIT_STOP);
    case 'decimalFullWidth':
    case 'decimalFullWidth2': return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n);
    case 'lowerLetter': return letters(n).toLowerCase();
    case 'none': return '';
    default: return String(n);
  }
}

function readLevel(el: XmlElement): Level {
  const restart = childVal(el, 'lvlRestart');
  return {
    start: Number(childVal(el, 'start') ?? 1),
    format: childVal(el, 'numFmt') ?? 'decimal',
    text: childVal(el, 'lvlText') ?? '',
    ...(restart !== undefined ? { restartAfter: Number(restart) } : {}),
    legal: isOn(el, 'isLgl') === true,
  };
}

/** The numbering definitions of a document and the counters of the paragraphs read so far. */
export interface WordNumbering {
  /** The label Word shows before the next paragraph numbered (numId, level), e.g. 二、; '' for bullets. */
  next(numId: string, level: number): string;
}

/** Reads word/numbering.xml; counting starts afresh, in document order, with each `next`. */
export function readNumbering(xml: string | undefined): WordNumbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, NumInstance>();
  if (xml) {
    const root = parseXml(xml);
    for (const el of childrenNamed(root, 'abstractNum')) {
      const levels: Level[] = [];
      for (const lvl of childrenNamed(el, 'lvl')) levels[Number(attr(lvl, 'ilvl') ?? 0)] = readLevel(lvl);
      abstracts.set(attr(el, 'abstractNumId') ?? '', levels);
    }
    for (const el of childrenNamed(root, 'num')) {
      const startOverrides = new Map<number, number>();
      for (const o of childrenNamed(el, 'lvlOverride')) {
        const start = childVal(o, 'startOverride');
        if (start !== undefined) startOverrides.set(Number(attr(o, 'ilvl') ?? 0), Number(start));
      }
      nums.set(attr(el, 'numId') ?? '', { abstractId: childVal(el, 'abstractNumId') ?? '', startOverrides });
    }
  }
  // Lists sharing a definition continue one another, unless a w:num restarts it (startOverride).
  const counters = new Map<string, number[]>();
  return {
    next(numId, level) {
      const num = nums.get(numId);
      const levels = num ? abstracts.get(num.abstractId) : undefined;
      const def = levels?.[level];
      if (!num || !levels || !def || def.format === 'bullet') return '';
      const key = num.startOverrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
      const counts = counters.get(key) ?? levels.map((l, i) => (num.startOverrides.get(i) ?? l?.start ?? 1) - 1);
      counts[level] = (counts[level] ?? (def.start - 1)) + 1;
      for (let deeper = level + 1; deeper < levels.length; deeper++) {
        const d = levels[deeper];
        if (d && (d.restartAfter === undefined || d.restartAfter > level)) counts[deeper] = (num.startOverrides.get(deeper) ?? d.start) - 1;
      }
      counters.set(key, counts);
      return def.text.replace(/%(\d)/g, (_, k: string) => {
        const i = Number(k) - 1;
        const shown = levels[i];
        return formatCounter(Math.max(counts[i] ?? 1, 1), def.legal || shown === undefined ? 'decimal' : shown.format);
      });
    },
  };
}
