/**
 * `tsx lib/cli/parallel-steps.ts files csp index`: runs build steps that do not depend on each
 * other (`npm run <step>` each) at the same time, and fails when any of them fails.
 *
 * After `next build`, the data files, the CSP hashes and the search index each only read the
 * build's output: Pagefind's indexer keeps one core busy for most of its run (15 ms a report),
 * and the two other steps fit on the second core beside it instead of after it.
 *
 * Each step's output is printed in one block when the step ends, so that the lines of steps
 * running together never interleave (a failing CSP step's explanation stays readable). A
 * failing step does not stop the others; the command fails once all have ended. Nothing the
 * steps write is published by them: the search index is moved into public/ by the build's
 * last step, which runs only when every step here has succeeded.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What one step did: its name, exit code and everything it printed. */
export interface StepResult {
  step: string;
  code: number;
  /** In words, for staff: 完成, 失败（退出码 n）, 被信号 … 终止. */
  status: string;
  output: string;
  seconds: number;
}

/** The commands running now, so that an interrupted build stops them too. */
const running = new Set<ChildProcess>();

/** Stops every command still running (each in its own process group, so npx's and Next.js's children stop too). */
export function stopRunning(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  }
}

/** Resolves once every command started here has ended, or after `ms` milliseconds. */
export async function whenStopped(ms = 10_000): Promise<void> {
  const until = performance.now() + ms;
  while (running.size > 0 && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Runs `command args` in `cwd` and collects its output (stdout and stderr, in order); never
 * rejects. `live` prints the output as it comes instead (the result's output is then empty).
 */
export function runCommand(
  name: string,
  command: string,
  args: readonly string[],
  { cwd = process.cwd(), env = process.env, live = false }: { cwd?: string; env?: NodeJS.ProcessEnv; live?: boolean } = {},
): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'] });
    running.add(child);
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number, status: string) => {
      running.delete(child);
      resolve({ step: name, code, status, output: Buffer.concat(chunks).toString('utf8'), seconds: (performance.now() - started) / 1000 });
    };
    child.on('error', (error) => done(1, `无法启动（${error.message}）`));
    child.on('close', (code, signal) => {
      if (signal) done(1, `被信号 ${signal} 终止`);
      else done(code ?? 1, code === 0 ? '完成' : `失败（退出码 ${code}）`);
    });
  });
}

/** Runs `npm run <step>` in `cwd` and collects its output (npm's own errors included); never rejects. */
function runStep(step: string, cwd: string, env: NodeJS.ProcessEnv): Promise<StepResult> {
  return runCommand(step, 'npm', ['run', step], { cwd, env });
}

/** What a step's result prints: its name, how it ended and how long it took, then its output. */
function stepReport(name: string, result: StepResult): string {
  const took = result.code === 0 ? `（${result.seconds.toFixed(1)} 秒）` : '';
  return `\n== ${name}：${result.status}${took}\n${result.output}`;
}

/** Runs the steps of the package in `cwd` together, printing each one's output as it ends; resolves to every result. */
export async function runParallelSteps(
  steps: readonly string[],
  {
    cwd = process.cwd(),
    env = process.env,
    print = (text: string) => void process.stdout.write(text),
  }: { cwd?: string; env?: NodeJS.ProcessEnv; print?: (text: string) => void } = {},
): Promise<StepResult[]> {
  return Promise.all(
    steps.map(async (step) => {
      const result = await runStep(step, cwd, env);
      print(stepReport(`npm run ${step}`, result));
      return result;
    }),
  );
}

/** The command: runs the steps named on its command line; sets the exit code. */
async function main(steps: readonly string[]): Promise<void> {
  if (steps.length === 0) {
    console.error('用法：tsx lib/cli/parallel-steps.ts <步骤> <步骤>…（package.json 中的 npm 脚本名）');
    process.exitCode = 2;
    return;
  }
  // Interrupted (Ctrl-C, a stopped CI job): the steps stop with it instead of running on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopRunning(signal);
      process.exitCode = 1;
    });
  }
  const results = await runParallelSteps(steps);
  const failed = results.filter((r) => r.code !== 0).map((r) => r.step);
  if (failed.length > 0) {
    console.error(`\n构建失败：${failed.map((s) => `npm run ${s}`).join('、')} 未完成，原因见上方该步骤的输出。`);
    // exitCode, not exit(): the steps' output may still be on its way down a pipe.
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
