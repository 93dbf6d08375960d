import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listIssuers } from '../../support/issuers';
import { tempDir } from '../../temp-dir';
import { ROOT, runCli } from './run-cli';

const FIXTURES = path.join(ROOT, 'tests/fixtures/disclosure');

/** Identity values of a made-up site, complete, so that check has nothing to say about site.yaml. */
const IDENTITY = 'siteIdCode: "4599000017"\nicp: 桂ICP备12345678号-1\npolice: 桂公网安备 45990102000123号\n'
  + 'sponsor: 示例市人民政府办公室\norganizer: 示例市大数据发展局\naddress: 示例市示例路 1 号\nphone: 0774-1234567\n';

/** A copy of content/ with one fixture 年报 added, and the site's identity complete (no warning about it). */
function project(fixture: string): string {
  const dir = tempDir('disclosure-cli');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  copyFileSync(path.join(FIXTURES, fixture), path.join(dir, 'content/reports', fixture));
  const site = path.join(dir, 'content/site.yaml');
  const known = readFileSync(site, 'utf8').split('\n').filter((line) => !/^(siteIdCode|icp|police|sponsor|organizer|address|phone):/.test(line));
  writeFileSync(site, `${IDENTITY}${known.join('\n')}\n`);
  listIssuers(dir, ['示例市人民政府']);
  return dir;
}

describe('npm run report -- check on a 年报', () => {
  it('passes a consistent 年报 without warnings', async () => {
    const { code, stderr } = await runCli(['check', 'content/reports/shili-2023.md'], project('shili-2023.md'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints every broken 勾稽关系 as a warning and still passes', async () => {
    const { code, stderr, stdout } = await runCli(['check', 'content/reports/shili-2023-inconsistent.md'], project('shili-2023-inconsistent.md'));
    expect(code).toBe(0);
    expect(stderr).toContain('content/reports/shili-2023-inconsistent.md:83:1: 表格: （警告）表三“（七）总计”行“自然人”列：各项之和为 41，填写为 42\n');
    expect(stdout).toContain('检查通过：1 份报告，4 个警告');
  });

  it('fails on those warnings with --strict', async () => {
    const { code, stderr } = await runCli(['check', '--strict', 'content/reports/shili-2023-inconsistent.md'], project('shili-2023-inconsistent.md'));
    expect(code).toBe(1);
    expect(stderr).toContain('检查未通过（--strict）：4 个警告。严格模式下警告也须处理：请按上面的提示修改后重试，或去掉 --strict。');
  });

  it('passes a consistent 年报 with --strict too', async () => {
    const { code } = await runCli(['check', '--strict', 'content/reports/shili-2023.md'], project('shili-2023.md'));
    expect(code).toBe(0);
  });
});

describe('npm run report -- new --kind 年报', () => {
  it('writes a 年报 with the six parts and every table of the national format, empty cells to fill', async () => {
    const dir = project('shili-2023.md');
    const { code, stdout } = await runCli(['new', '2024', '--kind', '年报', '--slug', 'shili-xxgk-2024'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('已新建：content/reports/shili-xxgk-2024.md');
    const text = readFileSync(path.join(dir, 'content/reports/shili-xxgk-2024.md'), 'utf8');
    expect(text).toContain('kind: 政府信息公开工作年度报告\n');
    expect(text).toContain('## 三、收到和处理政府信息公开申请情况');
    expect(text).toContain('| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 |  |  |  |  |  |  |  |\n');
    expect(text).toContain('第二十条第（八）项\n\n| 信息内容 | 本年收费金额（单位：万元） |');
  });

  it('fills the scaffold into a report that passes the check once staff write it', async () => {
    const dir = project('shili-2023.md');
    await runCli(['new', '2024', '--kind', '年报', '--slug', 'shili-xxgk-2024'], dir);
    const file = path.join(dir, 'content/reports/shili-xxgk-2024.md');
    // What staff do: fill the header, write the prose parts, type a number into every cell.
    const filled = readFileSync(file, 'utf8')
      .replace('title: ""', 'title: 示例市人民政府2024年政府信息公开工作年度报告')
      .replace('issuer: ""', 'issuer: 示例市人民政府')
      .replace('source: ""', 'source: 示例市人民政府办公室')
      .replace('published: ""', 'published: 2025-01-20 09:00')
      .replace(/<!--\n写明本年度[\s\S]*?-->/, '（一）主动公开。全年主动公开政府信息。')
      .replace(/<!--\n写明存在的主要问题[\s\S]*?-->/, '解读形式不够丰富。')
      .replace(/<!--\n写明依据[\s\S]*?-->/, '无。')
      .replace(/\|  \|/g, '| 0 |').replace(/\|  \|/g, '| 0 |');
    writeFileSync(file, filled);
    const { code, stderr } = await runCli(['check', '--strict', 'content/reports/shili-xxgk-2024.md'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('refuses a kind it does not know', async () => {
    const { code, stderr } = await runCli(['new', '2024', '--kind', '预算', '--slug', 'x-2024'], project('shili-2023.md'));
    expect(code).toBe(2);
    expect(stderr).toBe('--kind 预算：可选 年报（政府信息公开工作年度报告）或 法治（法治政府建设年度报告）\n');
  });
});
