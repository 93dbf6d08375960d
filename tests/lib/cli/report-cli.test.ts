import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'lib/cli/report.ts');

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function brokenContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  const file = path.join(dir, 'content/reports/wuzhou-2023.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('published: 2024-01-21 08:55', 'published: 2024/01/21'));
  return dir;
}

describe('npm run report', () => {
  it('check passes on the committed content and names each report', () => {
    const { code, stdout } = run(['check']);
    expect(code).toBe(0);
    expect(stdout).toContain('检查通过：1 份报告');
    expect(stdout).toContain('梧州市2023年度法治政府建设工作报告（7 个部分，45 个数据）');
  }, 30_000);

  it('check fails with exit code 1, naming file, line and field in Chinese', () => {
    const { code, stderr } = run(['check'], brokenContent());
    expect(code).toBe(1);
    expect(stderr).toContain('content/reports/wuzhou-2023.md:7:1: published: 日期格式应为 YYYY-MM-DD HH:mm（例如 2024-01-21 08:55），按北京时间填写');
    expect(stderr).toContain('检查未通过：1 个错误');
  }, 30_000);

  it('check of named files checks only those', () => {
    const dir = brokenContent();
    writeFileSync(path.join(dir, 'good.md'), readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8'));
    expect(run(['check', 'good.md'], dir).code).toBe(0);
  }, 30_000);

  it('json prints the report in its open-data shape', () => {
    const { code, stdout } = run(['json', 'content/reports/wuzhou-2023.md']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as Record<string, unknown> & {
      sections: { id: string; number: number; ordinal: string; title: string; points: { number: number; title: string; body: string }[]; metrics: unknown[] }[];
      metrics: { text: string; value: number; unit: string; kind: string; approximate: boolean; label: string; section: number | null }[];
    };
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['meta', 'intro', 'sections', 'closing', 'metrics']));
    expect(data.sections[3]).toMatchObject({ id: 'section-4', number: 4, ordinal: '四' });
    expect(data.sections[3]!.points[1]).toMatchObject({ number: 2, title: '推行包容审慎监管' });
    expect(data.metrics.find((m) => m.text === '2631.54万元')).toMatchObject({
      value: 26315400, unit: '元', kind: 'money', approximate: false, label: '轻微违法行为减免罚金额', section: 4,
    });
  }, 30_000);

  it('json refuses an invalid file with its problems on stderr', () => {
    const dir = brokenContent();
    const { code, stdout, stderr } = run(['json', 'content/reports/wuzhou-2023.md'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(':7:1: published:');
  }, 30_000);

  it('explains its usage for an unknown command', () => {
    const { code, stderr } = run(['publish']);
    expect(code).toBe(2);
    expect(stderr).toContain('未知命令“publish”');
  }, 30_000);
});
