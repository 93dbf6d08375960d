import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../temp-dir';
import { runCli } from './run-cli';

function draftFile(): string {
  const file = path.join(tempDir('json-draft'), 'draft.md');
  writeFileSync(file, '---\ntitle: 示例市2023年度法治政府建设工作报告\nyear: 2023\n---\n\n## 一、加强组织领导\n\n一是夯实基础。组织学习12次。\n');
  return file;
}

describe('npm run report -- json --draft', () => {
  it('prints the structure of a file whose front matter is incomplete, with the gaps as warnings, and exits 0', async () => {
    const file = draftFile();
    const { code, stdout, stderr } = await runCli(['json', '--draft', file]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as { sections: { title: string; points: { title: string }[] }[] };
    expect(data.sections.map((s) => [s.title, s.points.map((p) => p.title)])).toEqual([['加强组织领导', ['夯实基础']]]);
    expect(stderr).toContain(`${file}:1:1: source: （警告）缺少必填字段：请在头信息中加上这一项`);
  });

  it('without --draft refuses the same file with exit code 1', async () => {
    const { code, stdout } = await runCli(['json', draftFile()]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });
});
