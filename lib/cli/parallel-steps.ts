/**
 * `tsx lib/cli/parallel-steps.ts files csp index`: runs build steps that do not depend on each
 * other (`npm run <step>` each) at the same time, and fails when any of them fails.
 *
 * After `next build`, the data files, the CSP hashes and the search index each only read the
 * build's output: Pagefind's indexer keeps one core busy for most of its run (15 ms a report),
 * and the two other steps fit on the second core beside it instead of after it.
 *
 * Each step's output is printed in one block when the step ends, so that the lines of steps
 * running together never interleave (a failing CSP step's explanation stays readable).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What one step did: its name, exit code and everything it printed. */
export interface StepResult {
  step: string;
  code: number;
  output: string;
  seconds: number;
}

/** Runs `npm run <step>` in `cwd` and collects its output; never rejects. */
function runStep(step: string, cwd: string): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number, extra = '') =>
      resolve({ step, code, output: Buffer.concat(chunks).toString('utf8') + extra, seconds: (performance.now() - started) / 1000 });
    child.on('error', (error) => done(1, `无法启动 npm run ${step}：${error.message}\n`));
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Runs the steps of the package in `cwd` together, printing each one's output as it ends; resolves to every result. */
export async function runParallelSteps(
  steps: readonly string[],
  { cwd = process.cwd(), print = (text: string) => void process.stdout.write(text) }: { cwd?: string; print?: (text: string) => void } = {},
): Promise<StepResult[]> {
  return Promise.all(
    steps.map(async (step) => {
      const result = await runStep(step, cwd);
      const status = result.code === 0 ? `完成（${result.seconds.toFixed(1)} 秒）` : `失败（退出码 ${result.code}）`;
      print(`\n== npm run ${step}：${status}\n${result.output}`);
      return result;
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const steps = process.argv.slice(2);
  if (steps.length === 0) {
    console.error('用法：tsx lib/cli/parallel-steps.ts <步骤> <步骤>…（package.json 中的 npm 脚本名）');
    process.exit(2);
  }
  const results = await runParallelSteps(steps);
  const failed = results.filter((r) => r.code !== 0).map((r) => r.step);
  if (failed.length > 0) {
    console.error(`\n构建失败：${failed.map((s) => `npm run ${s}`).join('、')} 未完成，原因见上方该步骤的输出。`);
    process.exit(1);
  }
}
