import { listReportFiles } from '../content/load';
import { readContentFile } from '../content/read-file';
import { routeOfFile } from '../security/csp-manifest';
import { UnknownInlineScriptError } from '../security/inline-scripts';

/** The report file whose slug is `slug`, with its lines; null when none has it. */
function reportFileOf(root: string, slug: string): { file: string; lines: string[] } | null {
  for (const file of listReportFiles(root)) {
    const read = readContentFile(root, file);
    if (read.text !== undefined && new RegExp(`^slug:\\s*["']?${slug}["']?\\s*$`, 'm').test(read.text)) {
      return { file, lines: read.text.split(/\r?\n/) };
    }
  }
  return null;
}

/**
 * Why the CSP step (`npm run csp`, and the same step of `npm run export`) failed, for staff:
 * a script found in a report's page is traced back to the report file and the line holding
 * it, never left as the name of a built HTML file. `check` refuses such content first
 * (lib/report/html-checks.ts); this covers what it could not foresee.
 */
export function explainCspFailure(error: unknown, root: string): string {
  if (!(error instanceof UnknownInlineScriptError)) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `安全检查（CSP）出错（${what.slice(0, 300)}）：请把这条提示发给网站技术人员。`;
  }
  const route = routeOfFile(error.file);
  const snippet = error.script.trim().slice(0, 60);
  const slug = /^\/reports\/([^/]+)/.exec(route)?.[1];
  const report = slug ? reportFileOf(root, slug) : null;
  if (!report) {
    return `页面 ${route}（${error.file}）中有一段未知的网页脚本（“${snippet}”），安全检查（CSP）不允许：这不是报告内容的问题，请把这条提示发给网站技术人员（lib/security/inline-scripts.ts）。`;
  }
  const needle = snippet.slice(0, 30);
  const at = report.lines.findIndex((line) => needle !== '' && line.includes(needle));
  const line = (at >= 0 ? at : report.lines.findIndex((l) => /<script/i.test(l))) + 1 || 1;
  return `${report.file}:${line}:1: 正文: 报告页面 ${route} 中出现了会被当作网页脚本的内容（“${snippet}”），安全检查（CSP）不允许发布：请删去这段文字中的“<script”；如不清楚原因，请把这条提示发给网站技术人员。`;
}
