import type { Report } from '../report/types';
import { FIELD_NAMES } from './front-matter-writer';
import type { ImportResult } from './import-report';

/** Number of paragraphs of a part's plain text. */
function paragraphs(text: string): number {
  return text === '' ? 0 : text.split('\n\n').length;
}

/** The structure the parser reads from the imported file, one line per section. */
function structureLines(report: Report): string[] {
  const lines = [`  引言：${paragraphs(report.intro.text)} 段`];
  let part: string | null = null;
  for (const s of report.sections) {
    if (s.part !== null && s.part !== part) lines.push(`  【${s.part}】`);
    part = s.part;
    lines.push(`  ${s.ordinal}、${s.title}（${s.points.length} 个小点，${s.metrics.length} 个数据）`);
  }
  lines.push(report.closing ? `  结尾部分（*** 之后）：${paragraphs(report.closing.text)} 段` : '  结尾部分：没有（*** 分隔线）');
  for (const a of report.appendices) lines.push(`  附录：${a.title}`);
  const points = report.sections.reduce((n, s) => n + s.points.length, 0);
  const tables = report.tables.length > 0 ? `，${report.tables.length} 张表格` : '';
  lines.push(`  合计：${report.sections.length} 个部分，${points} 个小点，${report.metrics.length} 个数据${tables}`);
  return lines;
}

/**
 * The summary printed after an import, in Chinese: the structure as the portal reads it
 * (sections with titles, points and metrics per section), then everything staff must fill
 * in or check, then the next steps of the publishing guide.
 */
export function formatImportSummary(result: ImportResult, report: Report | null, file: string, unit: '行' | '段' = '行'): string {
  const out = [`已导入：${file}`, '', '识别出的结构：', ...(report ? structureLines(report) : ['  （无法解析，见上面的错误）'])];
  if (result.removed.length > 0) {
    out.push('', `已去掉不属于报告正文的内容（网页栏目、页码、页眉页脚，共 ${result.removed.length} 行）：${result.removed.map((b) => b.text).join('；')}`);
  }
  if (result.missing.length > 0) {
    out.push('', `请补填头信息：${result.missing.map((f) => `${f}（${FIELD_NAMES[f]}）`).join('、')}`);
  }
  if (result.review.length > 0) {
    out.push('', '请核对推测填写的头信息：', ...result.review.map((r) => `  ${r.field}：${r.message}`));
  }
  const notes = result.notes.filter((n) => n.kind === 'unplaced');
  if (notes.length > 0) {
    out.push('', '无法归类的内容（原文都已保留）：', ...notes.map((n) => `  原文第 ${n.line} ${unit}：${n.message}`));
  }
  const recognised = result.notes.filter((n) => n.kind === 'recognised');
  if (recognised.length > 0) {
    out.push('', '请确认以下识别结果：', ...recognised.map((n) => `  原文第 ${n.line} ${unit}：${n.message}`));
  }
  out.push('', '下一步：',
    `  1. 打开 ${file}，补填、核对上面列出的头信息，确认 *** 分隔线的位置`,
    `  2. npm run report -- check ${file}`,
    `  3. npm run dev，在浏览器中预览 /reports/${result.values.slug || '<slug>'}`);
  return out.join('\n');
}
