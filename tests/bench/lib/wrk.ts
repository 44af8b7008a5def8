/**
 * wrk (Debian's package) against one URL: its latency distribution parsed. wrk, not autocannon:
 * autocannon, itself Node, topped out near 1,600 requests/s here and measured itself more than
 * the servers. One wrk thread (the other core serves).
 */
import { spawnSync } from 'node:child_process';
import { ensureDebianProgram } from '../../support/debian-program';

export type WrkResult = { rps: number; p99: number; errors: number };

function toMs(value: string, unit: string): number {
  const factor = unit === 'us' ? 0.001 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1;
  return Number(value) * factor;
}

/** Requests per second, p99 in ms and failed answers over `seconds`, after `warmUp` seconds not counted (`timeoutS`: wrk's, 2 s by default). */
export function wrkLoad(url: string, options: { connections: number; seconds: number; warmUp: number; headers?: Record<string, string>; timeoutS?: number }): WrkResult {
  const wrk = ensureDebianProgram('wrk', 'wrk');
  const headers = [...Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]), ...(options.timeoutS ? ['--timeout', `${options.timeoutS}s`] : [])];
  // The warm-up is not counted: the steady state is measured, not the JIT warming up.
  spawnSync(wrk, ['-t1', `-c${options.connections}`, `-d${options.warmUp}s`, ...headers, url], { encoding: 'utf8' });
  const run = spawnSync(wrk, ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', ...headers, url], { encoding: 'utf8' });
  const out = run.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(out);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  if (!rps || !p99) throw new Error(`wrk gave no figures for ${url}:\n${out}${run.stderr}`);
  const errors = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  return { rps, p99: toMs(p99[1]!, p99[2]!), errors };
}

/** One line of figures. */
export function wrkRow(label: string, r: WrkResult): void {
  console.log(`${label.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} req/s, p99 ${r.p99.toFixed(2).padStart(7)} ms, errors ${r.errors}`);
}
