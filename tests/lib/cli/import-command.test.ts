import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../temp-dir';
import { parseReport } from '@/lib/report';
import { buildReportDocx } from './docx-document';
import { ROOT, runCli } from './run-cli';

/** A temporary project folder with a copy of content/. */
function project(): string {
  const dir = tempDir('import');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('npm run report -- import', () => {
  it('imports a Word document into content/reports/<slug>.md and prints its structure in Chinese', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '报告.docx'), await buildReportDocx());
    const { code, stdout } = await runCli(['import', '报告.docx', '--slug', 'shili-2024'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('已导入：content/reports/shili-2024.md');
    expect(stdout).toContain('  一、加强组织领导（2 个小点，1 个数据）\n  二、推进严格执法（1 个小点，2 个数据）\n  结尾部分（*** 之后）：4 段\n  合计：2 个部分，3 个小点，3 个数据');
    expect(stdout).toContain('请补填头信息：source（来源）');
    expect(stdout).toContain('原文第 9 段：从这里起作为结尾部分（已在前面加 *** 分隔线）');
  });

  it('fills title, year, issuer and date from the Word document', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '报告.docx'), await buildReportDocx());
    await runCli(['import', '报告.docx', '--slug', 'shili-2024'], dir);
    const written = readFileSync(path.join(dir, 'content/reports/shili-2024.md'), 'utf8').replace('source: ""', 'source: 示例市司法局');
    expect(parseReport(written).meta).toMatchObject({
      title: '示例市2024年度法治政府建设工作报告', year: 2024, issuer: '示例市人民政府', published: '2025-01-20T00:00:00+08:00', slug: 'shili-2024',
    });
  });

  it('names the file after the same issuer’s previous report when no --slug is given', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '报告.txt'), '梧州市2024年度法治政府建设工作报告\n一、加强领导\n召开会议5次。\n');
    const { code } = await runCli(['import', '报告.txt'], dir);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'content/reports/wuzhou-2024.md'))).toBe(true);
  });

  it('never overwrites an existing report file', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '报告.txt'), '一、加强领导\n召开会议5次。\n');
    const before = readFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), 'utf8');
    const { code, stderr } = await runCli(['import', '报告.txt', '--slug', 'wuzhou-2023'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('content/reports/wuzhou-2023.md 已经存在，不会覆盖：请用 --slug 换一个网址名称，或用 --out 指定另一个文件');
    expect(readFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), 'utf8')).toBe(before);
  });

  it('writes to the file given with --out', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '报告.txt'), '一、加强领导\n召开会议5次。\n');
    expect((await runCli(['import', '报告.txt', '--out', '草稿.md'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, '草稿.md'), 'utf8')).toContain('## 一、加强领导\n\n召开会议5次。\n');
  });
});
