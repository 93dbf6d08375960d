import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../server/free-port';

/** A build being served for the audit. */
export interface ServedBuild {
  /** http://[::1]:<port>: the audit reaches it over IPv6. */
  origin: string;
  stop: () => Promise<void>;
}

/** Serves the production build in `root` (npm start's server) on a free port, and waits for it. */
export async function serveBuild(root: string): Promise<ServedBuild> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('没有找到网站的构建结果：请先运行 npm run build，或在命令后给出要检查的网址');
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/server/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://[::1]:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`网站服务没能启动：${stderr.trim()}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error('网站服务 60 秒内没有启动');
}
