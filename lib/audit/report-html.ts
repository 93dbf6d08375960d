import type { AuditReport, CheckResult, Finding } from './types';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "2024-05-01T02:03:04Z" → "2024年5月1日 10:03"（北京时间）. */
function chinaTime(iso: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

/** Findings with the same message, with every page they concern. */
function grouped(findings: readonly Finding[]): { message: string; pages: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const f of findings) groups.set(f.message, [...(groups.get(f.message) ?? []), ...(f.page ? [f.page] : [])]);
  return [...groups].map(([message, pages]) => ({ message, pages: [...new Set(pages)] }));
}

function findingTable(caption: string, findings: readonly Finding[]): string {
  const rows = grouped(findings).map(({ message, pages }) =>
    `<tr><td>${escape(message)}</td><td>${pages.length > 0 ? pages.map((p) => `<code>${escape(p)}</code>`).join('<br>') : '全站'}</td></tr>`);
  return `<table><caption>${caption}</caption><thead><tr><th scope="col">问题</th><th scope="col">涉及的页面或文件</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function checkSection(check: CheckResult, index: number): string {
  const verdict = check.passed ? '<span class="pass">通过</span>' : '<span class="fail">未通过</span>';
  return `<section id="${check.id}" aria-labelledby="${check.id}-title">
<h3 id="${check.id}-title">${index + 1}. ${escape(check.title)}：${verdict}</h3>
<p class="rule">检查依据：${escape(check.rule)}</p>
<p>${escape(check.summary)}</p>
${check.findings.length > 0 ? findingTable(`“${escape(check.title)}”发现的问题（共 ${check.findings.length} 处）`, check.findings) : ''}
${check.warnings.length > 0 ? findingTable(`需要核对的警告（共 ${check.warnings.length} 条，不影响本项结果）`, check.warnings) : ''}
</section>`;
}

const STYLE = `
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; color: #1c1c1c; background: #fff; line-height: 1.7; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
h2 { font-size: 1.375rem; margin-top: 2rem; border-bottom: .125rem solid #9f1c1c; }
h3 { font-size: 1.125rem; margin-top: 1.75rem; }
.verdict { font-size: 1.25rem; font-weight: 700; padding: .75rem 1rem; border: .1875rem solid; }
.verdict.pass, .pass { color: #1b5e20; }
.verdict.fail, .fail { color: #9f1c1c; }
.pass, .fail { font-weight: 700; }
.rule { color: #4a4a4a; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { border: .0625rem solid #8a8a8a; padding: .375rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f6f4f1; }
code { font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: .9em; }
@media print {
  main { max-width: none; padding: 0; }
  section, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
}`;

/** The audit as a Chinese HTML page staff can hand over: the verdict and a summary first. */
export function auditReportHtml(report: AuditReport): string {
  const failed = report.checks.filter((c) => !c.passed);
  const verdict = report.passed
    ? `<p class="verdict pass">结论：通过。${report.checks.length} 项检查全部通过。</p>`
    : `<p class="verdict fail">结论：未通过。${report.checks.length} 项检查中有 ${failed.length} 项未通过：${failed.map((c) => escape(c.title)).join('、')}。</p>`;
  const summaryRows = report.checks.map((c, i) =>
    `<tr><td><a href="#${c.id}">${i + 1}. ${escape(c.title)}</a></td><td>${c.passed ? '<span class="pass">通过</span>' : '<span class="fail">未通过</span>'}</td><td>${escape(c.summary)}</td></tr>`);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>网站体检报告（${escape(chinaTime(report.finishedAt))}）</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>网站体检报告</h1>
<p>被检查网站：<code>${escape(report.origin)}</code>${report.siteOrigin && report.siteOrigin !== report.origin ? `（页面中的网址使用 <code>${escape(report.siteOrigin)}</code>，按同一网站检查）` : ''}<br>
检查时间：${escape(chinaTime(report.startedAt))} 至 ${escape(chinaTime(report.finishedAt))}（北京时间）<br>
检查范围：${report.pages.length} 个页面、${report.files.length} 个其他地址（文件、资源和数据）</p>
<h2 id="summary">结论和各项结果</h2>
${verdict}
<table><caption>各项检查结果</caption><thead><tr><th scope="col">检查项目</th><th scope="col">结果</th><th scope="col">说明</th></tr></thead><tbody>${summaryRows.join('')}</tbody></table>
<h2 id="details">各项检查详情</h2>
${report.checks.map(checkSection).join('\n')}
<h2 id="scope">检查过的页面</h2>
<ul>${report.pages.map((p) => `<li><code>${escape(p)}</code></li>`).join('')}</ul>
<p>本报告由网站自带的检查工具（npm run audit）生成，同时生成机器可读的 report.json。</p>
</main>
</body>
</html>
`;
}
