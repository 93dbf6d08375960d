import { Agent, request } from 'node:http';

/** The outcome of a fixed number of requests. */
export interface LoadResult {
  requests: number;
  concurrency: number;
  ok: number;
  non200: number;
  errors: number;
  seconds: number;
  p99Ms: number;
}

/**
 * Exactly `total` GET requests with `concurrency` in flight over keep-alive connections:
 * how many answered 200, how many did not, how many failed (a bounded check, not a
 * throughput figure: this client shares the machine with the server).
 */
export async function loadCheck(url: string, total = 10_000, concurrency = 50): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  let issued = 0;
  let ok = 0;
  let non200 = 0;
  let errors = 0;
  const times: number[] = [];
  const one = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = request({ agent, host: target.hostname.replace(/^\[|\]$/g, ''), port: target.port, path: target.pathname, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        res.resume();
        res.on('end', () => {
          times.push(performance.now() - start);
          if (res.statusCode === 200) ok += 1;
          else non200 += 1;
          resolve();
        });
      });
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  const worker = async () => {
    while (issued < total) {
      issued += 1;
      await one();
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    requests: total,
    concurrency,
    ok,
    non200,
    errors,
    seconds: Number(((performance.now() - start) / 1000).toFixed(2)),
    p99Ms: Number((times[Math.floor(times.length * 0.99)] ?? 0).toFixed(1)),
  };
}
