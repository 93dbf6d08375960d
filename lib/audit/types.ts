/** The shapes of an audit: what was fetched, and what each check found. */

/** One response the audit received. */
export interface Fetched {
  /** Site path with query, e.g. /reports/wuzhou-2023. */
  path: string;
  /** HTTP status; 0 when the request failed. */
  status: number;
  contentType: string;
  body: Buffer;
  /** Why the request failed, when it did. */
  error?: string;
}

/** Everything fetched from the site, and where each internal URL was found. */
export interface Site {
  /** The origin audited, e.g. http://[::1]:5110. */
  origin: string;
  /** The origin the site's absolute URLs use (content/site.yaml), mapped onto `origin`. */
  siteOrigin: string | null;
  /** HTML pages answered 200, by path, in crawl order. */
  pages: Map<string, string>;
  /** Every internal URL requested, by path. */
  responses: Map<string, Fetched>;
  /** For each internal path, the pages that link to or load it. */
  referrers: Map<string, Set<string>>;
}

/** One thing a check found, on a page or file (null: the site as a whole). */
export interface Finding {
  page: string | null;
  message: string;
}

/** The result of one check. */
export interface CheckResult {
  id: string;
  /** Short Chinese name, e.g. 页面标识元数据. */
  title: string;
  /** What it checks and against which rule, in Chinese. */
  rule: string;
  passed: boolean;
  /** One line for the summary table. */
  summary: string;
  /** Problems: any one fails the check. */
  findings: Finding[];
  /** Advice that does not fail the check (content warnings). */
  warnings: Finding[];
}

/** A whole audit, as written to report.json. */
export interface AuditReport {
  origin: string;
  siteOrigin: string | null;
  startedAt: string;
  finishedAt: string;
  pages: string[];
  files: string[];
  checks: CheckResult[];
  passed: boolean;
}

/** A check's result from its findings: passed when there are none. */
export function result(id: string, title: string, rule: string, findings: Finding[], passSummary: string, warnings: Finding[] = []): CheckResult {
  const pages = new Set(findings.map((f) => f.page ?? '（全站）'));
  return {
    id,
    title,
    rule,
    passed: findings.length === 0,
    summary: findings.length === 0 ? passSummary : `发现 ${findings.length} 个问题，涉及 ${pages.size} 个页面或文件`,
    findings,
    warnings,
  };
}
