/**
 * What is due: the reports each listed issuer must publish about last year, by their
 * deadlines (《中华人民共和国政府信息公开条例》: the 政府信息公开工作年度报告 by 31 January;
 * 《法治政府建设与责任落实督察工作规定》: the 法治政府建设年度报告 by 1 April), as of a day.
 */
import type { Issuer } from '../content/site-schema';
import type { ReportKind } from '../report';

/** The deadline of a kind: month and day of the year after the one reported on. */
export const DEADLINES: readonly { kind: ReportKind; month: number; day: number }[] = [
  { kind: '政府信息公开工作年度报告', month: 1, day: 31 },
  { kind: '法治政府建设年度报告', month: 4, day: 1 },
];

/** One kind's reports due this year. */
export interface DueReports {
  kind: ReportKind;
  /** The year reported on: last year. */
  year: number;
  /** The deadline, YYYY-MM-DD. */
  deadline: string;
  /** overdue: the deadline has passed; due: it has not. */
  status: 'overdue' | 'due';
  /** Days to the deadline (due) or since it (overdue). */
  days: number;
  /** Listed issuers that have not published it, in the given order. */
  missing: Issuer[];
  /** How many listed issuers have published it. */
  published: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * For the day `today` (YYYY-MM-DD, China time), each kind's report about last year: which
 * issuers have not published it, and whether its deadline is still ahead or has passed.
 */
export function dueReports(issuers: readonly Issuer[], published: readonly { issuer: string; year: number; kind: ReportKind }[], today: string): DueReports[] {
  const year = Number(today.slice(0, 4)) - 1;
  return DEADLINES.map(({ kind, month, day }) => {
    const deadline = `${year + 1}-${pad(month)}-${pad(day)}`;
    const done = new Set(published.filter((r) => r.kind === kind && r.year === year).map((r) => r.issuer));
    const missing = issuers.filter((issuer) => !done.has(issuer.name));
    const days = dayNumber(deadline) - dayNumber(today);
    return { kind, year, deadline, status: days >= 0 ? 'due' : 'overdue', days: Math.abs(days), missing, published: issuers.length - missing.length };
  });
}

/**
 * The day the site is built for, YYYY-MM-DD in China time: PORTAL_TODAY when set (tests, or
 * building ahead), else now. A static site shows what is due as of its last build, so the
 * deploy rebuilds it daily (docs/deploy.md).
 */
export function buildDay(now = new Date(), env: string | undefined = process.env.PORTAL_TODAY): string {
  if (env && /^\d{4}-\d{2}-\d{2}$/.test(env)) return env;
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
