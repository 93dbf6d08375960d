/**
 * Staff command line: `npm run report -- <command>`.
 *   check [files…]   validate content (all files when none given); exit 1 on any error
 *   json [--draft] <file>   print the parsed report as JSON (the open-data shape);
 *                           --draft accepts incomplete front matter (warnings, exit 0)
 *   import <file> [--slug s] [--out path]   Word (.docx) or text → content/reports/<slug>.md
 */
import { checkContent } from '../content/load';
import { formatProblem } from '../report';
import { runImport } from './import-command';
import { runJson } from './json-command';

const USAGE = `用法：
  npm run report -- check [文件…]   检查报告文件（不写文件名则检查全部）
  npm run report -- json <文件>      以 JSON 输出解析后的报告
  npm run report -- json --draft <文件>   头信息未填完时也输出（缺项作为警告）
  npm run report -- import <报告.docx|报告.txt> [--slug 网址名称] [--out 文件]
                                    把 Word 或文本格式的报告转换为报告文件（不会覆盖已有文件）`;

function runCheck(files: string[]): number {
  const result = checkContent(process.cwd(), files.length > 0 ? files : undefined);
  for (const p of result.problems) console.error(formatProblem(p));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  if (errors > 0) {
    console.error(`\n检查未通过：${errors} 个错误${warnings ? `，${warnings} 个警告` : ''}。请按上面的提示修改后重试。`);
    return 1;
  }
  const names = result.reports.map((r) => `  ${r.meta.title}（${r.sections.length} 个部分，${r.metrics.length} 个数据）`);
  console.log(`检查通过：${result.reports.length} 份报告${warnings ? `，${warnings} 个警告` : ''}。\n${names.join('\n')}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest);
    case 'json':
      return runJson(rest, USAGE);
    case 'import':
      return runImport(rest, USAGE);
    default:
      console.error(command ? `未知命令“${command}”。\n${USAGE}` : USAGE);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
