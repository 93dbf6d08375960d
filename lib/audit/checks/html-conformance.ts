import { HtmlValidate } from 'html-validate';
import type { CheckResult, Finding } from '../types';
import { result } from '../types';

/** Conformance to the HTML standard only (no style rules): html-validate's "standard" preset. */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** Each page through an HTML validator. */
export async function checkHtml(pages: ReadonlyMap<string, string>): Promise<CheckResult> {
  const findings: Finding[] = [];
  for (const [path, html] of pages) {
    const report = await validator.validateString(html, path);
    for (const message of report.results.flatMap((r) => r.messages)) {
      findings.push({ page: path, message: `第 ${message.line} 行第 ${message.column} 列：${message.message}（${message.ruleId}）` });
    }
  }
  return result('html', 'HTML 规范', '每个页面的 HTML 符合 HTML 标准（html-validate 的 standard 规则集：元素嵌套、重复 id、属性取值等）。',
    findings, `${pages.size} 个页面符合 HTML 标准`);
}
