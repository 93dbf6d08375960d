import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { expect, test } from '@playwright/test';
import { PORTS } from './servers';

/** A server of its own, so that stopping it disturbs no other test. */
const PORT = PORTS.app + 2;
const PAGE = `http://[::1]:${PORT}/reports/wuzhou-2023`;

/** How one request ended: answered in full, cut after its answer began, or never answered. */
type Outcome = 'complete' | 'cut' | 'unanswered';

function request(agent: Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = get(PAGE, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => resolve(res.complete && bytes === Number(res.headers['content-length']) ? 'complete' : 'cut'));
      res.on('aborted', () => resolve('cut'));
      res.on('error', () => resolve('cut'));
    });
    req.on('error', () => resolve('unanswered'));
  });
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/server/start.ts'], {
    env: { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      await fetch(`http://[::1]:${PORT}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error('npm start did not answer within 60 s');
}

test.describe('npm start on SIGTERM', () => {
  test.setTimeout(120_000);

  test('finishes every answer it has begun under keep-alive load, then exits cleanly before the drain limit', async () => {
    const server = await startServer();
    const exit = new Promise<{ code: number | null; at: number }>((resolve) => server.once('exit', (code) => resolve({ code, at: Date.now() })));
    let stopped = false;
    void exit.then(() => { stopped = true; });
    const outcomes: Outcome[] = [];
    // 20 keep-alive clients, each sending its next request as soon as the last is answered.
    const clients = Array.from({ length: 20 }, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (!stopped) outcomes.push(await request(agent));
      agent.destroy();
    });
    await expect.poll(() => outcomes.length, { timeout: 30_000 }).toBeGreaterThan(100);
    const before = outcomes.length;
    const signalled = Date.now();
    server.kill('SIGTERM');
    const { code, at } = await exit;
    await Promise.all(clients);
    expect(code).toBe(0);
    expect(outcomes.filter((o) => o === 'cut'), 'answers cut off mid-way').toEqual([]);
    expect(outcomes.slice(0, before).every((o) => o === 'complete')).toBe(true);
    // Drained, not killed by the 10 s limit that ends a shutdown that never drains.
    expect(at - signalled).toBeLessThan(10_000);
  });
});
