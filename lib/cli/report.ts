/**
 * Staff command line: `npm run report -- <command>`.
 *   check [files…]   validate content (all files when none given); exit 1 on any error;
 *                    warnings (late, missing parts, suspicious numbers) never change it
 *   json [--draft] <file>   print the parsed report as JSON (the open-data shape);
 *                           --draft accepts incomplete front matter (warnings, exit 0)
 *   import <file> [--slug s] [--out path]   Word (.docx) or text → content/reports/<slug>.md
 *   new <year> [--slug s] [--out path]       an empty report file, every field explained
 */
import { runCheck } from './check-command';
import { runImport } from './import-command';
import { runJson } from './json-command';
import { runNew } from './new-command';

const USAGE = `用法：
  npm run report -- check [文件…]   检查报告文件（不写文件名则检查全部）
  npm run report -- json <文件>      以 JSON 输出解析后的报告
  npm run report -- json --draft <文件>   头信息未填完时也输出（缺项作为警告）
  npm run report -- import <报告.docx|报告.txt> [--slug 网址名称] [--out 文件]
                                    把 Word 或文本格式的报告转换为报告文件（不会覆盖已有文件）
  npm run report -- new <年度> [--slug 网址名称] [--out 文件]
                                    新建一个空白报告文件，每个字段都有说明（不会覆盖已有文件）`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest);
    case 'json':
      return runJson(rest, USAGE);
    case 'import':
      return runImport(rest, USAGE);
    case 'new':
      return runNew(rest, USAGE);
    default:
      console.error(command ? `未知命令“${command}”。\n${USAGE}` : USAGE);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
