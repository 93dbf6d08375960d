import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/** The production server of `npm start` on [::] for a benchmark; stop() ends it. */
export async function startServer(port: number, cwd = process.cwd()): Promise<{ origin: string; stop: () => void; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/server/start.ts'], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
  });
  const origin = `http://[::1]:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, child, stop: () => child.kill() };
}
