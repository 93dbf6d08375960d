import { disclosureWarnings } from './disclosure-checks';
import type { ContentProblem } from './errors';
import { locateField, splitFrontMatter } from './front-matter';
import { extractMetrics } from './metrics';
import { checkNumbers } from './number-checks';
import type { Report } from './types';

/** A warning: advice that does not stop publication. */
function warning(file: string, line: number, field: string, message: string, column = 1): ContentProblem {
  return { file, line, column, field, message, severity: 'warning' };
}

/** Published later than the rules allow: 法治政府建设 reports before 1 April, 年报 by 31 January. */
function lateProblems(report: Report, file: string, yamlLines: readonly string[]): ContentProblem[] {
  const { year, published, kind } = report.meta;
  const next = year + 1;
  const rule = kind === '法治政府建设年度报告'
    ? { after: `${next}-04-01`, day: `${next}年4月1日`, text: `按《法治政府建设与责任落实督察工作规定》，${year}年度报告应在 ${next}年4月1日前公开` }
    : kind === '政府信息公开工作年度报告'
      ? { after: `${next}-02-01`, day: `${next}年1月31日`, text: `按《中华人民共和国政府信息公开条例》第四十九条，${year}年度报告应在 ${next}年1月31日前公布` }
      : null;
  if (!rule || published.slice(0, 10) < rule.after) return [];
  const shown = published.slice(0, 16).replace('T', ' ');
  return [warning(file, locateField(yamlLines, ['published']), 'published',
    `发布时间 ${shown} 已过 ${rule.day}：${rule.text}。请核对 year 和 published；如确属逾期发布，可忽略本提示`)];
}

/** A required part of an annual report and the usual wording that shows it is there. */
interface RequiredPart {
  name: string;
  /** Words shown to staff, as the check looks for them. */
  words: string;
  pattern: (year: number) => RegExp;
}

/** The parts the check can recognise by wording (the main measures are the numbered sections). */
const REQUIRED_PARTS: readonly RequiredPart[] = [
  {
    name: '存在的不足和原因',
    words: '不足、存在的问题、短板、差距',
    pattern: () => /不足|存在(?:的)?问题|问题和不足|短板|差距|薄弱|有待(?:加强|提高|提升|完善|改进)/,
  },
  {
    name: '党政主要负责人履行推进法治建设第一责任人职责情况',
    words: '主要负责人、主要负责同志、第一责任人',
    pattern: () => /主要负责(?:人|同志)|第一责任人/,
  },
  {
    name: '下一年度推进法治政府建设的主要安排',
    words: '下一步、明年、今后',
    pattern: (year) => new RegExp(`下一步|明年|来年|新的一年|今后|${year + 1}年[^。；]{0,15}?(?:将|要|计划|打算|安排|思路)`),
  },
];

/** The report's text as a reader sees it, without the appendices. */
function reportText(report: Report): string {
  return [
    report.intro.text,
    ...report.sections.flatMap((s) => [s.title, s.lead.text, ...s.points.flatMap((p) => [p.title, p.body])]),
    report.closing?.text ?? '',
  ].join('\n');
}

/** Required parts of a 法治政府建设 report that the usual wording does not show, one warning each. */
function missingPartProblems(report: Report, file: string, line: number): ContentProblem[] {
  if (report.meta.kind !== '法治政府建设年度报告') return [];
  const text = reportText(report);
  return REQUIRED_PARTS.filter((part) => !part.pattern(report.meta.year).test(text)).map((part) =>
    warning(file, line, '正文',
      `似乎缺少“${part.name}”（没有找到“${part.words}”等说法）：法治政府建设年度报告应写明这部分内容；如已用其他说法写明，可忽略本提示`));
}

/** Suspicious numbers in the prose, located by line and column (table rows have their own checks). */
function numberProblems(lines: readonly string[], bodyLine: number, file: string): ContentProblem[] {
  return lines.flatMap((text, i) => /^\s*\|/.test(text) ? [] :
    checkNumbers(text).map((f) => warning(file, bodyLine + i, '正文', f.message, f.offset + 1)));
}

/**
 * Metrics the text does not name (数说 and the figures page would show them without a name),
 * located by walking the body lines in order and pairing each line's quantities with the
 * report's, which come in the same order.
 */
function unlabelledProblems(report: Report, lines: readonly string[], bodyLine: number, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let next = 0;
  lines.forEach((text, i) => {
    if (/^\s*#/.test(text)) return;
    for (const found of extractMetrics(text)) {
      const at = report.metrics.findIndex((m, k) => k >= next && k < next + 3 && m.text === found.text);
      if (at < 0) continue;
      next = at + 1;
      const metric = report.metrics[at];
      if (metric && metric.label === '') {
        problems.push(warning(file, bodyLine + i, '正文',
          `无法从上下文确定数据“${metric.text}”指的是什么，它在数说和“数据和图表”页上将没有名称：请在头信息 figures 中为它写上名称（text: ${metric.text}，label: 名称，headline: false），或改写这句话，让数字紧跟在它所计量的事物后面`,
          found.start + 1));
      }
    }
  });
  return problems;
}

/**
 * Advice for staff on a valid report (warnings, never errors): published after the deadline of
 * its kind, required parts that seem missing, suspicious numbers, and for a 年报 its tables
 * checked against the national format. `source` is the file's text, used to locate each
 * warning by line and column.
 */
export function reportWarnings(report: Report, source: string, file: string): ContentProblem[] {
  const { frontMatter } = splitFrontMatter(source, file);
  if (!frontMatter) return [];
  const bodyLines = frontMatter.body.split('\n');
  const firstText = bodyLines.findIndex((l) => l.trim() !== '');
  const firstLine = frontMatter.bodyLine + Math.max(firstText, 0);
  return [
    ...lateProblems(report, file, frontMatter.yamlLines),
    ...missingPartProblems(report, file, firstLine),
    ...numberProblems(bodyLines, frontMatter.bodyLine, file),
    ...disclosureWarnings(report, file, firstLine),
    ...unlabelledProblems(report, bodyLines, frontMatter.bodyLine, file),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
}
