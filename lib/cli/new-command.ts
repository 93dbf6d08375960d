import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listReportFiles, REPORTS_DIR } from '../content/load';
import { scaffoldReport, SLUG_PATTERN } from '../import';
import type { ReportKind } from '../report';
import { readReport } from '../report';
import { readArgs, stringOption } from './args';
import type { CliIo } from './io';

/** The latest report's slug with its year replaced (wuzhou-2023 → wuzhou-2024), or null when there is none. */
function nextSlug(root: string, year: number): string | null {
  if (!existsSync(path.join(root, REPORTS_DIR))) return null;
  const metas = listReportFiles(root).flatMap((file) => {
    const meta = readReport(readFileSync(path.join(root, file), 'utf8'), file, { draft: true }).report?.meta;
    return meta && meta.slug.includes(String(meta.year)) ? [meta] : [];
  });
  const latest = metas.sort((a, b) => b.year - a.year)[0];
  return latest ? latest.slug.replace(String(latest.year), String(year)) : null;
}

/** What staff may write after --kind: the kind's name, or its short form. */
const KIND_NAMES: Record<string, ReportKind> = {
  年报: '政府信息公开工作年度报告',
  政府信息公开: '政府信息公开工作年度报告',
  政府信息公开工作年度报告: '政府信息公开工作年度报告',
  法治: '法治政府建设年度报告',
  法治政府建设: '法治政府建设年度报告',
  法治政府建设年度报告: '法治政府建设年度报告',
};

/**
 * `new <year> [--kind 年报] [--slug …] [--out PATH]`: writes an empty report file with every
 * field explained (with --kind 年报, a 政府信息公开工作年度报告 with the national format's parts
 * and empty tables), to content/reports/<slug>.md or --out; never replaces a file.
 */
export function runNew(args: readonly string[], usage: string, io: CliIo): number {
  const parsed = readArgs(args, ['slug', 'out', 'kind']);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${usage}`);
    return 2;
  }
  const kindOption = stringOption(parsed, 'kind');
  const kind = kindOption === undefined ? '法治政府建设年度报告' : KIND_NAMES[kindOption];
  if (!kind) {
    io.err(`--kind ${kindOption}：可选 年报（政府信息公开工作年度报告）或 法治（法治政府建设年度报告）`);
    return 2;
  }
  const year = Number(parsed.positionals[0]);
  if (!Number.isInteger(year) || year < 1949 || year > 2100) {
    io.err(`请写明报告年度（四位数字），例如：npm run report -- new 2024\n${usage}`);
    return 2;
  }
  const root = io.cwd;
  const slug = stringOption(parsed, 'slug') ?? nextSlug(root, year);
  if (!slug || !SLUG_PATTERN.test(slug)) {
    io.err('请用 --slug 指定网址名称（只用英文字母、数字和连字符），例如：npm run report -- new 2024 --slug wuzhou-2024');
    return 2;
  }
  const out = stringOption(parsed, 'out') ?? `${REPORTS_DIR}/${slug}.md`;
  try {
    writeFileSync(path.resolve(root, out), scaffoldReport(year, slug, kind), { flag: 'wx' });
  } catch (error) {
    const exists = error instanceof Error && 'code' in error && error.code === 'EEXIST';
    io.err(exists ? `${out} 已经存在，不会覆盖：请用 --slug 换一个网址名称，或用 --out 指定另一个文件` : `无法写入 ${out}：请检查目录是否存在、是否有写入权限`);
    return 1;
  }
  io.out(`已新建：${out}\n请按文件中的说明填写头信息（title、issuer、source、published）和正文，然后运行：\n  npm run report -- check ${out}`);
  return 0;
}
