import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listReportFiles, REPORTS_DIR } from '../content/load';
import type { PublishedReport } from '../import';
import { formatImportSummary, importBlocks, SLUG_PATTERN, suggestSlug } from '../import';
import { formatProblem, readReport } from '../report';
import { readArgs, stringOption } from './args';
import type { CliIo } from './io';
import { readDocument } from './read-document';

/** Slug, year and issuer of every report already in content/reports. */
function publishedReports(root: string): PublishedReport[] {
  if (!existsSync(path.join(root, REPORTS_DIR))) return [];
  return listReportFiles(root).flatMap((file) => {
    const meta = readReport(readFileSync(path.join(root, file), 'utf8'), file, { draft: true }).report?.meta;
    return meta ? [{ slug: meta.slug, year: meta.year, issuer: meta.issuer }] : [];
  });
}

/** Writes a new file; never replaces one. Returns a Chinese message on failure. */
function writeNew(root: string, file: string, text: string): string | null {
  try {
    writeFileSync(path.resolve(root, file), text, { flag: 'wx' });
    return null;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : '';
    return code === 'EEXIST'
      ? `${file} 已经存在，不会覆盖：请用 --slug 换一个网址名称，或用 --out 指定另一个文件`
      : `无法写入 ${file}：请检查目录是否存在、是否有写入权限`;
  }
}

/**
 * `import <file.docx|file.txt> [--slug …] [--out PATH]`: converts a report to a content file
 * (content/reports/<slug>.md, or --out) and prints what was found. The slug defaults to the
 * same issuer's previous one with the new year.
 */
export async function runImport(args: readonly string[], usage: string, io: CliIo): Promise<number> {
  const parsed = readArgs(args, ['slug', 'out']);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${usage}`);
    return 2;
  }
  const [input] = parsed.positionals;
  const slugOption = stringOption(parsed, 'slug');
  if (!input) {
    io.err(`请指定要导入的 Word（.docx）或文本（.txt）文件。\n${usage}`);
    return 2;
  }
  if (slugOption !== undefined && !SLUG_PATTERN.test(slugOption)) {
    io.err(`--slug ${slugOption}：只能使用英文字母、数字和连字符（-），例如 wuzhou-2024`);
    return 2;
  }
  const document = await readDocument(path.resolve(io.cwd, input), input);
  if ('error' in document) {
    io.err(document.error);
    return 1;
  }
  const root = io.cwd;
  const source = { origin: path.basename(input), furniture: document.furniture };
  const draft = importBlocks(document.blocks, source);
  const slug = slugOption ?? suggestSlug(draft.values.year, draft.values.issuer, publishedReports(root)) ?? undefined;
  const out = stringOption(parsed, 'out') ?? (slug ? `${REPORTS_DIR}/${slug}.md` : undefined);
  if (!out) {
    io.err('无法确定文件名：请用 --slug 指定网址名称（例如 --slug wuzhou-2024），文件将保存为 content/reports/<网址名称>.md');
    return 2;
  }
  const result = slug === undefined ? draft : importBlocks(document.blocks, { ...source, slug });
  const failure = writeNew(root, out, result.markdown);
  if (failure) {
    io.err(failure);
    return 1;
  }
  for (const warning of document.warnings) io.err(`（Word 转换提示）${warning}`);
  const { report, problems } = readReport(result.markdown, out, { draft: true });
  for (const p of problems.filter((p) => p.severity === 'error')) io.err(formatProblem(p));
  io.out(formatImportSummary(result, report, out, document.unit));
  return 0;
}
