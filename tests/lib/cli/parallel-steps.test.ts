import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParallelSteps } from '../../../lib/cli/parallel-steps';
import { runTsx, scratchDirs } from './run-cli';

const CLI = 'lib/cli/parallel-steps.ts';
const scratch = scratchDirs('parallel-steps-');

/** A package whose npm scripts are the given Node programs. */
function packageWith(scripts: Record<string, string>): string {
  const dir = scratch();
  const json = Object.fromEntries(Object.entries(scripts).map(([name, program]) => [name, `node -e ${JSON.stringify(program)}`]));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, scripts: json }));
  return dir;
}

describe('build steps run side by side (lib/cli/parallel-steps.ts)', () => {
  it('runs the steps at the same time: a step waiting for another one’s file finishes', async () => {
    // Run one after the other, `waiter` would never see the marker that `maker` writes.
    const cwd = packageWith({
      waiter: "const fs=require('fs');const t=Date.now();(function poll(){if(fs.existsSync('marker')){console.log('saw the marker');return}if(Date.now()-t>20000){console.error('no marker');process.exit(1)}setTimeout(poll,20)})()",
      maker: "setTimeout(()=>{require('fs').writeFileSync('marker','x');console.log('wrote the marker')},300)",
    });
    const printed: string[] = [];
    const results = await runParallelSteps(['waiter', 'maker'], { cwd, print: (text) => printed.push(text) });
    expect(results.map((r) => [r.step, r.code])).toEqual([['waiter', 0], ['maker', 0]]);
    expect(results[0]!.output).toContain('saw the marker');
    // Each step's output is one block under its own heading (printed as the step ends).
    expect(printed).toHaveLength(2);
    const blocks = [...printed].sort((a, b) => a.localeCompare(b));
    expect(blocks[0]).toMatch(/^\n== npm run maker：完成（[\d.]+ 秒）\n/);
    expect(blocks[0]).toContain('wrote the marker');
    expect(blocks[0]).not.toContain('saw the marker');
    expect(blocks[1]).toMatch(/^\n== npm run waiter：完成（[\d.]+ 秒）\n/);
    expect(blocks[1]).toContain('saw the marker');
  }, 60_000);

  it('fails the build when one step fails, naming it in Chinese, after every step has printed its output', () => {
    const cwd = packageWith({
      good: "console.log('index written')",
      bad: "console.error('内联脚本的哈希不一致');process.exit(3)",
    });
    const run = runTsx(CLI, ['good', 'bad'], cwd);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('== npm run good：完成');
    expect(run.stdout).toContain('index written');
    expect(run.stdout).toMatch(/== npm run bad：失败（退出码 3）\n[^=]*内联脚本的哈希不一致/);
    expect(run.stderr).toContain('构建失败：npm run bad 未完成，原因见上方该步骤的输出。');
  }, 60_000);

  it('shows npm\'s own message when a step does not exist', () => {
    const cwd = packageWith({ good: "console.log('ok')" });
    const run = runTsx(CLI, ['good', 'nosuchstep'], cwd);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/== npm run nosuchstep：失败（退出码 \d+）\n[\s\S]*Missing script: "nosuchstep"/);
    expect(run.stderr).toContain('构建失败：npm run nosuchstep 未完成');
  }, 60_000);

  it('succeeds when every step does, and explains its usage when given none', () => {
    const cwd = packageWith({ a: "console.log('a')", b: "console.log('b')" });
    expect(runTsx(CLI, ['a', 'b'], cwd).status).toBe(0);
    const none = runTsx(CLI, [], cwd);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('用法');
  }, 60_000);
});
