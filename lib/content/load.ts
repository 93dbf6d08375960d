import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem, Report } from '../report';
import { ContentError, problem, readReport, reportIdentity, reportWarnings, unexpectedProblem } from '../report';
import { splitFrontMatter } from '../report/front-matter';
import { metaProblems } from '../report/meta-issues';
import { CONTENT_CACHE_ENV, readContentCache } from './content-cache';
import { listReportFiles, REPORTS_DIR, SITE_FILE } from './files';
import { missingIdentity } from './identity';
import { unknownIssuerMessage } from './issuers';
import { readContentFile } from './read-file';
import type { Issuer, SiteConfig } from './site-schema';
import { siteSchema } from './site-schema';

export { listReportFiles, REPORTS_DIR, SITE_FILE };

/** Everything read from content/, with every problem found. */
export interface ContentCheck {
  site: SiteConfig | null;
  reports: Report[];
  problems: ContentProblem[];
}

/** Reads and validates content/site.yaml. */
export function readSite(root: string): { site: SiteConfig | null; problems: ContentProblem[] } {
  if (!existsSync(path.join(root, SITE_FILE))) {
    return { site: null, problems: [problem(SITE_FILE, 1, '网站配置', '找不到网站配置文件 content/site.yaml')] };
  }
  const read = readContentFile(root, SITE_FILE);
  if (read.problem) return { site: null, problems: [read.problem] };
  const text = read.text;
  // Reuse the front-matter reader: the file is a YAML block without delimiters.
  const { frontMatter, problems } = splitFrontMatter(`---\n${text}\n---\n`, SITE_FILE);
  const shift = (p: ContentProblem) => ({ ...p, line: Math.max(1, p.line - 1) });
  if (!frontMatter) return { site: null, problems: problems.map(shift) };
  const envOrigin = process.env.SITE_ORIGIN;
  const data = { ...(frontMatter.data as object), ...(envOrigin ? { origin: envOrigin } : {}) };
  const parsed = siteSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { site: null, problems: metaProblems(parsed.error.issues, frontMatter.yamlLines, SITE_FILE).map(shift) };
  }
  const missing = missingIdentity(parsed.data);
  const warning = {
    ...problem(SITE_FILE, 1, '网站标识',
      `未填写${missing.map((f) => `${f.label}（${f.key}）`).join('、')}：页面上不显示这些项，而政府网站检查要求每页页脚都有；请向网站主管部门取得正式信息后填入`),
    severity: 'warning' as const,
  };
  return { site: parsed.data, problems: missing.length > 0 ? [warning] : [] };
}

/** The 1-based line of a top-level front-matter key in a source, or 1. */
function keyLine(source: string, key: string): number {
  return source.split(/\r?\n/).findIndex((line) => new RegExp(`^${key}\\s*:`).test(line)) + 1 || 1;
}

/** Options of readReports. */
export interface ReadReportsOptions {
  /** Also give the advice of lib/report/checks (warnings) for each valid report. Default false. */
  warnings?: boolean;
  /** The issuers of content/site.yaml: a report naming another is an error. Default: not checked (site.yaml itself is broken). */
  issuers?: readonly Issuer[];
  /** Results of an earlier check to reuse for files that have not changed since, and to record this check's in (check-reuse.ts). */
  reuse?: CheckReuse;
}

/** What checking one report file found, reusable while neither the file nor the code reading it changes. */
export interface CheckedFile {
  report: Report;
  /** Problems (warnings) found reading it. */
  problems: ContentProblem[];
  /** The advice of lib/report/checks, when it was asked for. */
  warnings: ContentProblem[] | null;
}

/** Earlier results by file and source; see previousChecks in check-reuse.ts. */
export interface CheckReuse {
  get(file: string, source: string): CheckedFile | null;
  set(file: string, source: string, checked: CheckedFile): void;
}

/**
 * Reads and validates report files, adding cross-file checks: every issuer listed in
 * content/site.yaml, no two reports with one slug, and no two of one kind from one issuer for
 * one year (report-kind.ts).
 */
export function readReports(root: string, files: readonly string[], options: ReadReportsOptions = {}): { reports: Report[]; problems: ContentProblem[] } {
  const reports: Report[] = [];
  const problems: ContentProblem[] = [];
  const slugs = new Map<string, string>();
  const identities = new Map<string, string>();
  for (const file of files) {
    try {
      readOne(file);
    } catch (error) {
      problems.push(unexpectedProblem(file, error));
    }
  }
  return { reports, problems };

  function readOne(file: string): void {
    const read = readContentFile(root, file);
    if (read.problem) {
      problems.push(read.problem);
      return;
    }
    const source = read.text;
    // Reading a report is pure (lib/report: no clock, no environment), so an unchanged file
    // read by unchanged code gives what it gave before; the checks across files below always run.
    const reused = options.reuse?.get(file, source) ?? null;
    const result = reused ?? readReport(source, file);
    for (const p of result.problems) problems.push(p);
    if (!result.report) return;
    const { meta } = result.report;
    const unknown = options.issuers ? unknownIssuerMessage(meta.issuer, options.issuers) : null;
    if (unknown) {
      problems.push(problem(file, keyLine(source, 'issuer'), 'issuer', unknown));
      return;
    }
    const other = slugs.get(meta.slug);
    if (other) {
      problems.push(problem(file, keyLine(source, 'slug'), 'slug', `“${meta.slug}”已被 ${other} 使用：每份报告的 slug 必须不同`));
      return;
    }
    const identity = reportIdentity(meta);
    const same = identities.get(identity);
    if (same) {
      problems.push(problem(file, keyLine(source, 'year'), 'year',
        `${meta.issuer}${meta.year}年度的${meta.kind}已由 ${same} 发布：同一发布机关每年每类报告只能有一份。如是更正，请修改原文件并在 corrections 中说明；如是另一类报告，请在头信息中用 kind 写明，例如 kind: 政府信息公开工作年度报告`));
      return;
    }
    slugs.set(meta.slug, file);
    identities.set(identity, file);
    reports.push(result.report);
    const warnings = options.warnings ? (reused?.warnings ?? reportWarnings(result.report, source, file)) : null;
    for (const p of warnings ?? []) problems.push(p);
    options.reuse?.set(file, source, { report: result.report, problems: result.problems, warnings });
  }
}

/** Newest first: by publication time, then by year. */
export function sortReports(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) =>
    b.meta.published.localeCompare(a.meta.published) || b.meta.year - a.meta.year);
}

/** Reads everything in content/ and reports every problem at once. */
export function checkContent(root: string, files?: readonly string[], options: ReadReportsOptions = {}): ContentCheck {
  const site = readSite(root);
  const reports = readReports(root, files ?? listReportFiles(root), { ...options, ...(site.site ? { issuers: site.site.issuers } : {}) });
  return {
    site: site.site,
    reports: sortReports(reports.reports),
    problems: [...site.problems, ...reports.problems],
  };
}

/**
 * Content read once per process where it cannot change: a production build or server. In
 * `npm run dev` every request reads content/ again, so staff see a saved edit, a new file or
 * a broken file on reload. The map is the process's, not this module's: a build bundles this
 * module into the chunks of each route (eleven copies), and with a map per copy each of them
 * read, parsed and held the whole content again (47 MB of JSON at 1,000 reports).
 */
const CACHE_KEY = Symbol.for('gov-report-portal.content');
const processGlobals = globalThis as typeof globalThis & { [CACHE_KEY]?: Map<string, { site: SiteConfig; reports: Report[] }> };
const cache = (processGlobals[CACHE_KEY] ??= new Map());

/** All content, validated; throws ContentError (listing every problem) when any is invalid. */
export function loadContent(root = process.cwd()): { site: SiteConfig; reports: Report[] } {
  const cached = cache.get(root);
  if (cached) return cached;
  const handed = process.env[CONTENT_CACHE_ENV] ? readContentCache(process.env[CONTENT_CACHE_ENV], root) : null;
  if (handed) {
    cache.set(root, handed);
    return handed;
  }
  const checked = checkContent(root);
  if (!checked.site || checked.problems.some((p) => p.severity === 'error')) {
    throw new ContentError(checked.problems);
  }
  const content = { site: checked.site, reports: checked.reports };
  if (process.env.NODE_ENV === 'production') cache.set(root, content);
  return content;
}
