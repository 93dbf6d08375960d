import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** Resident memory (bytes) of every process descending from `root`, root included. */
function treeRss(root: number): { total: number; largest: number; count: number } {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may contain spaces: "pid (comm) state ppid …".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, depth = 0; p !== undefined && p > 1 && depth < 64; p = parents.get(p), depth++) {
      if (p === root) return true;
    }
    return false;
  };
  let total = 0;
  let largest = 0;
  let count = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      total += rss;
      largest = Math.max(largest, rss);
      count += 1;
    } catch {
      // exited meanwhile
    }
  }
  return { total, largest, count };
}

/** Wall time and peak memory of a command and all its child processes. */
export interface Measured {
  ms: number;
  /** Highest sum of resident memory over the whole process tree, sampled every 100 ms. */
  peakTreeBytes: number;
  /** Largest single process seen. */
  peakProcessBytes: number;
  output: string;
}

/** Runs a command, sampling the memory of its whole process tree; rejects when it fails. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    let peakTreeBytes = 0;
    let peakProcessBytes = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { total, largest } = treeRss(child.pid);
      peakTreeBytes = Math.max(peakTreeBytes, total);
      peakProcessBytes = Math.max(peakProcessBytes, largest);
    };
    const timer = setInterval(sample, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`));
      else resolve({ ms, peakTreeBytes, peakProcessBytes, output });
    });
  });
}
