/** A calendar date read from the document. */
export interface DocumentDate {
  year: number;
  month: number;
  day: number;
}

const HAN_DIGITS = '〇一二三四五六七八九';

/** 二〇二四 → 2024 (digit by digit; ○ and 零 read as 0). */
function hanYear(text: string): number | null {
  const digits = [...text.replace(/[○零Ｏ]/g, '〇')].map((c) => HAN_DIGITS.indexOf(c));
  return digits.length === 4 && digits.every((d) => d >= 0) ? Number(digits.join('')) : null;
}

/** 一 … 三十一 → 1 … 31. */
function hanNumber(text: string): number | null {
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, tens = '', ten = '', ones = ''] = m;
  if (!ten) return tens && ones ? null : HAN_DIGITS.indexOf(tens || ones);
  return (tens ? HAN_DIGITS.indexOf(tens) : 1) * 10 + (ones ? HAN_DIGITS.indexOf(ones) : 0);
}

function realDate(year: number, month: number, day: number): DocumentDate | null {
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day ? { year, month, day } : null;
}

const ARABIC_DATE = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.．](\d{1,2})[-/.．](\d{1,2}))$/;
const HAN_DATE = /^([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;

/** A line that is only a date (2024年1月20日, 二〇二四年一月二十日, 2024-01-20), or null. */
export function readDateLine(text: string): DocumentDate | null {
  const arabic = ARABIC_DATE.exec(text);
  if (arabic) {
    const [, y = '', m1, d1, m2, d2] = arabic;
    return realDate(Number(y), Number(m1 ?? m2), Number(d1 ?? d2));
  }
  const han = HAN_DATE.exec(text);
  if (!han) return null;
  const year = hanYear(han[1] ?? '');
  const month = hanNumber(han[2] ?? '');
  const day = hanNumber(han[3] ?? '');
  return year !== null && month !== null && day !== null ? realDate(year, month, day) : null;
}

/** `YYYY-MM-DD` of a date. */
export function isoDate(date: DocumentDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The year a title names: 2023 in 梧州市2023年度…, 二〇二三年…; null when none. */
export function readTitleYear(title: string): number | null {
  const arabic = /(\d{4})\s*年/.exec(title);
  if (arabic) return Number(arabic[1]);
  const han = /([〇○零一二三四五六七八九]{4})年/.exec(title);
  return han ? hanYear(han[1] ?? '') : null;
}
