import { execFileSync } from 'node:child_process';
import { medianBy } from './stats';

/** One wrk run: throughput and latency of a URL. */
export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);

function latency(output: string, label: string): number {
  const m = new RegExp(String.raw`^\s*${label}\s+([\d.]+)(us|ms|s|m)\b`, 'm').exec(output);
  return m ? Number(toMs(m[1]!, m[2]!).toFixed(2)) : NaN;
}

/** The max column of wrk's "Latency avg stdev max" line. */
function maxLatency(output: string): number {
  const m = /^\s*Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s|m)\b/m.exec(output);
  return m ? Number(toMs(m[1]!, m[2]!).toFixed(2)) : NaN;
}

/**
 * wrk from Debian, as in the issue: `-t2 -c50` on loopback, with `Accept-Encoding: gzip` as
 * every browser sends it, optionally after a short warm-up run.
 */
export function runWrk(url: string, seconds = 10, warmUp = true): WrkResult {
  const args = (d: number) => ['-t2', '-c50', `-d${d}s`, '--latency', '-H', 'Accept-Encoding: gzip', url];
  if (warmUp) execFileSync('wrk', args(2), { stdio: 'ignore' });
  const output = execFileSync('wrk', args(seconds)).toString();
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0)),
    p50Ms: latency(output, '50%'),
    p90Ms: latency(output, '90%'),
    p99Ms: latency(output, '99%'),
    maxMs: maxLatency(output),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    errors: socket ? socket.slice(1).map(Number).reduce((a, b) => a + b, 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
  };
}

/** The run with the median throughput of several. */
export function medianRun(runs: WrkResult[]): WrkResult {
  return medianBy(runs, (run) => run.requestsPerSecond);
}
