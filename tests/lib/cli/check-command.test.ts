import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../temp-dir';
import { ROOT, runCli } from './run-cli';

/** A copy of content/ in which the seed report was published late and states a rate over 100%. */
function lateContent(): string {
  const dir = tempDir('check');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  const file = path.join(dir, 'content/reports/wuzhou-2023.md');
  writeFileSync(file, readFileSync(file, 'utf8')
    .replace('published: 2024-01-21 08:55', 'published: 2024-04-15 08:55')
    .replace('案卷评查合格率93.3%', '案卷评查合格率193.3%'));
  return dir;
}

describe('npm run report -- check warnings', () => {
  it('prints each warning with file and line and still passes with exit code 0', async () => {
    const { code, stdout, stderr } = await runCli(['check'], lateContent());
    expect(code).toBe(0);
    expect(stderr).toContain('content/reports/wuzhou-2023.md:7:1: published: （警告）发布时间 2024-04-15 08:55 已过 2024年4月1日');
    expect(stderr).toContain('content/reports/wuzhou-2023.md:60:57: 正文: （警告）“案卷评查合格率193.3%”超过了100%');
    expect(stdout).toContain('检查通过：1 份报告，3 个警告（请逐条核对，警告不影响发布）。');
  });
});

describe('npm run report -- check without the site configuration', () => {
  it('fails, naming content/site.yaml, instead of passing', async () => {
    const dir = tempDir('check');
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    rmSync(path.join(dir, 'content/site.yaml'));
    const { code, stdout, stderr } = await runCli(['check'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('content/site.yaml:1:1: 网站配置: 找不到网站配置文件 content/site.yaml');
    expect(stdout).not.toContain('检查通过');
  });
});
