import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditReportHtml } from '../audit/report-html';
import { runAudit } from '../audit/run-audit';
import { serveBuild } from '../audit/serve-build';
import { readArgs, stringOption } from './args';
import type { CliIo } from './io';

/** Usage of `npm run audit`, in Chinese. */
export const AUDIT_USAGE = `用法：
  npm run audit                      检查本机构建好的网站（先运行 npm run build）
  npm run audit -- <网址>            检查正在运行的网站，例如 https://www.example.gov.cn
  npm run audit -- [网址] --out 目录  报告写到指定目录（默认 audit-report/）`;

/**
 * `npm run audit [origin] [--out dir]`: checks the site the way a 政府网站 inspection does
 * and writes a Chinese report (index.html) and report.json. Without an origin it serves the
 * build in this folder itself, over IPv6. Exit code 1 when any check fails, 2 on bad usage.
 */
export async function runAuditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = readArgs(args, ['out']);
  if ('error' in parsed || parsed.positionals.length > 1) {
    io.err(`${'error' in parsed ? parsed.error : '只能给出一个网址'}\n${AUDIT_USAGE}`);
    return 2;
  }
  const given = parsed.positionals[0];
  if (given !== undefined && !/^https?:\/\/[^/]+\/?$/.test(given)) {
    io.err(`“${given}”不是网站根地址，例如 https://www.example.gov.cn 或 http://[::1]:3000\n${AUDIT_USAGE}`);
    return 2;
  }
  const outDir = path.resolve(io.cwd, stringOption(parsed, 'out') ?? 'audit-report');
  let served: Awaited<ReturnType<typeof serveBuild>> | null = null;
  try {
    if (given === undefined) {
      served = await serveBuild(io.cwd);
      io.out(`已在 ${served.origin} 启动本机构建的网站`);
    }
    const report = await runAudit({ origin: served?.origin ?? given!.replace(/\/$/, ''), root: io.cwd, log: io.out });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), auditReportHtml(report));
    writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    for (const check of report.checks) io.out(`${check.passed ? '✔ 通过  ' : '✘ 未通过'} ${check.title}：${check.summary}`);
    const where = path.relative(io.cwd, path.join(outDir, 'index.html')) || outDir;
    const failed = report.checks.filter((c) => !c.passed).length;
    if (failed > 0) {
      io.err(`\n网站体检未通过：${failed} 项检查未通过。详细报告：${where}`);
      return 1;
    }
    io.out(`\n网站体检通过：${report.checks.length} 项检查全部通过。报告：${where}`);
    return 0;
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await served?.stop();
  }
}
