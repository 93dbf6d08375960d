import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem, Report } from '../report';
import { ContentError, problem, readReport } from '../report';
import { splitFrontMatter } from '../report/front-matter';
import { metaProblems } from '../report/meta-issues';
import { missingIdentity } from './identity';
import type { SiteConfig } from './site-schema';
import { siteSchema } from './site-schema';

/** Folder (relative to the project root) holding one Markdown file per report. */
export const REPORTS_DIR = 'content/reports';
/** The site configuration file. */
export const SITE_FILE = 'content/site.yaml';

/** Everything read from content/, with every problem found. */
export interface ContentCheck {
  site: SiteConfig | null;
  reports: Report[];
  problems: ContentProblem[];
}

/** Reads and validates content/site.yaml. */
export function readSite(root: string): { site: SiteConfig | null; problems: ContentProblem[] } {
  let text: string;
  try {
    text = readFileSync(path.join(root, SITE_FILE), 'utf8');
  } catch {
    return { site: null, problems: [problem(SITE_FILE, 1, '网站配置', '找不到网站配置文件 content/site.yaml')] };
  }
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

/** Report files to check: the given ones, or every .md file in content/reports. */
export function listReportFiles(root: string): string[] {
  return readdirSync(path.join(root, REPORTS_DIR))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${REPORTS_DIR}/${name}`);
}

/** Reads and validates report files, adding cross-file checks (duplicate slugs). */
export function readReports(root: string, files: readonly string[]): { reports: Report[]; problems: ContentProblem[] } {
  const reports: Report[] = [];
  const problems: ContentProblem[] = [];
  const slugs = new Map<string, string>();
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(path.resolve(root, file), 'utf8');
    } catch {
      problems.push(problem(file, 1, '文件', '无法读取这个文件：请检查路径'));
      continue;
    }
    const result = readReport(source, file);
    problems.push(...result.problems);
    if (!result.report) continue;
    const { slug } = result.report.meta;
    const other = slugs.get(slug);
    if (other) {
      const line = source.split(/\r?\n/).findIndex((l) => /^slug\s*:/.test(l)) + 1;
      problems.push(problem(file, line || 1, 'slug', `“${slug}”已被 ${other} 使用：每份报告的 slug 必须不同`));
      continue;
    }
    slugs.set(slug, file);
    reports.push(result.report);
  }
  return { reports, problems };
}

/** Newest first: by publication time, then by year. */
export function sortReports(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) =>
    b.meta.published.localeCompare(a.meta.published) || b.meta.year - a.meta.year);
}

/** Reads everything in content/ and reports every problem at once. */
export function checkContent(root: string, files?: readonly string[]): ContentCheck {
  const site = readSite(root);
  const reports = readReports(root, files ?? listReportFiles(root));
  return {
    site: site.site,
    reports: sortReports(reports.reports),
    problems: [...site.problems, ...reports.problems],
  };
}

/**
 * Content read once per process where it cannot change: a production build or server. In
 * `npm run dev` every request reads content/ again, so staff see a saved edit, a new file or
 * a broken file on reload.
 */
const cache = new Map<string, { site: SiteConfig; reports: Report[] }>();

/** All content, validated; throws ContentError (listing every problem) when any is invalid. */
export function loadContent(root = process.cwd()): { site: SiteConfig; reports: Report[] } {
  const cached = cache.get(root);
  if (cached) return cached;
  const checked = checkContent(root);
  if (!checked.site || checked.problems.some((p) => p.severity === 'error')) {
    throw new ContentError(checked.problems);
  }
  const content = { site: checked.site, reports: checked.reports };
  if (process.env.NODE_ENV === 'production') cache.set(root, content);
  return content;
}
