import { readContentFile } from '../content/read-file';
import { formatProblem, readReport, toOpenData } from '../report';
import { readArgs } from './args';
import type { CliIo } from './io';

/**
 * `json [--draft] <file>`: prints the parsed report as JSON (the open-data shape). With
 * --draft, missing or invalid front-matter fields are warnings and the JSON is printed anyway;
 * the exit code is then 1 only for errors in the body.
 */
export function runJson(args: readonly string[], usage: string, io: CliIo): number {
  const parsed = readArgs(args, [], ['draft']);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${usage}`);
    return 2;
  }
  const [file] = parsed.positionals;
  if (!file) {
    io.err(`请指定报告文件。\n${usage}`);
    return 2;
  }
  const read = readContentFile(io.cwd, file);
  if (read.problem) {
    io.err(formatProblem(read.problem));
    return 1;
  }
  const { report, problems } = readReport(read.text, file, { draft: parsed.options.draft === true });
  for (const p of problems) io.err(formatProblem(p));
  if (!report) return 1;
  io.out(JSON.stringify(toOpenData(report), null, 2));
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
