import { previousChecks } from '../content/check-reuse';
import { writeContentCache } from '../content/content-cache';
import { checkContent } from '../content/load';
import { formatProblem } from '../report';
import { readArgs } from './args';
import type { CliIo } from './io';

/**
 * `check [--strict] [files…]`: validates content (every report when no file is named) and
 * adds the warnings of lib/report/checks. Errors give exit code 1; warnings change it only
 * with --strict, for staff who want every warning resolved before publishing.
 * `--cache <file>` (used by `npm run build`) writes the checked content there for the
 * `next build` that follows (lib/content/content-cache.ts), when every report was checked.
 */
export function runCheck(args: readonly string[], usage: string, io: CliIo): number {
  const parsed = readArgs(args, ['cache'], ['strict']);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${usage}`);
    return 2;
  }
  const strict = parsed.options.strict === true;
  const root = io.cwd;
  const named = parsed.positionals.length > 0 ? parsed.positionals : undefined;
  const cacheFile = parsed.options.cache;
  // With --cache, files unchanged since the last check that passed are not read again.
  const previous = typeof cacheFile === 'string' && !named ? previousChecks(cacheFile, root) : undefined;
  const result = checkContent(root, named, { warnings: true, ...(previous ? { reuse: previous } : {}) });
  const { problems } = result;
  for (const p of problems) io.err(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    io.err(`\n检查未通过：${errors} 个错误${warnings ? `，${warnings} 个警告` : ''}。请按上面的提示修改后重试。`);
    return 1;
  }
  if (strict && warnings > 0) {
    io.err(`\n检查未通过（--strict）：${warnings} 个警告。严格模式下警告也须处理：请按上面的提示修改后重试，或去掉 --strict。`);
    return 1;
  }
  if (typeof cacheFile === 'string' && !named && result.site) writeContentCache(cacheFile, root, { site: result.site, reports: result.reports }, previous);
  const names = result.reports.map((r) => `  ${r.meta.title}（${r.sections.length} 个部分，${r.metrics.length} 个数据）`);
  const advice = warnings ? `，${warnings} 个警告（请逐条核对，警告不影响发布）` : '';
  const unchanged = previous?.reused ? `（其中 ${previous.reused} 份自上次检查以来未改动，沿用了上次的检查结果）` : '';
  io.out(`检查通过：${result.reports.length} 份报告${unchanged}${advice}。\n${names.join('\n')}`);
  return 0;
}
