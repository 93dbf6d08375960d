/** The staff commands, dispatched by name (the entry point is report.ts). */
import { runCheck } from './check-command';
import type { CliIo } from './io';
import { runImport } from './import-command';
import { runJson } from './json-command';
import { runNew } from './new-command';

/** Usage of every command, in Chinese. */
export const USAGE = `用法：
  npm run report -- check [--strict] [--cache 文件] [文件…]
                                    检查报告文件（不写文件名则检查全部；--strict 时警告也算不通过；
                                    --cache：检查通过后把解析结果写入该文件，供随后的 next build 使用，npm run build 自动使用）
  npm run report -- json <文件>      以 JSON 输出解析后的报告
  npm run report -- json --draft <文件>   头信息未填完时也输出（缺项作为警告）
  npm run report -- import <报告.docx|报告.txt> [--slug 网址名称] [--out 文件]
                                    把 Word 或文本格式的报告转换为报告文件（不会覆盖已有文件）
  npm run report -- new <年度> [--kind 年报] [--slug 网址名称] [--out 文件]
                                    新建一个空白报告文件，每个字段都有说明（不会覆盖已有文件）；
                                    --kind 年报：政府信息公开工作年度报告，按全国统一格式列好六个部分和全部表格`;

/** Runs one command; returns its exit code. Never lets an error out as a stack trace. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`命令执行时出错（${what.slice(0, 300)}）：请把这条提示发给网站技术人员。`);
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, USAGE, io);
    case 'json':
      return runJson(rest, USAGE, io);
    case 'import':
      return runImport(rest, USAGE, io);
    case 'new':
      return runNew(rest, USAGE, io);
    default:
      io.err(command ? `未知命令“${command}”。\n${USAGE}` : USAGE);
      return 2;
  }
}

