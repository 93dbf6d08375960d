import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../temp-dir';
import { ROOT, runCli } from './run-cli';

function project(): string {
  const dir = tempDir('new');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('npm run report -- new', () => {
  it('creates the next year’s file named after the latest report', async () => {
    const dir = project();
    const { code, stdout } = await runCli(['new', '2024'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('已新建：content/reports/wuzhou-2024.md');
    expect(readFileSync(path.join(dir, 'content/reports/wuzhou-2024.md'), 'utf8')).toContain('year: 2024\n');
  });

  it('never overwrites an existing report file', async () => {
    const { code, stderr } = await runCli(['new', '2023'], project());
    expect(code).toBe(1);
    expect(stderr).toContain('content/reports/wuzhou-2023.md 已经存在，不会覆盖');
  });
});
