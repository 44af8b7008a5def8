/**
 * wrk (Debian's package) against one URL (`wrkLoad`: its latency distribution parsed) or over a
 * list of signed-in requests (`wrkLoop`, the closed loop of signed-in.ts). wrk, not autocannon:
 * autocannon, itself Node, topped out near 1,600 requests/s here and measured itself more than
 * the servers. One wrk thread (the other core serves).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * wrk as the signed-in bench's closed-loop client: `connections` connections, each sending its
 * next request as soon as its last answer came, the requests taken in turn from a list of
 * (path, session cookie). wrk uses a few per cent of a core where the bench's Node client used
 * 11 % of one of this machine's two, taken from the app it measures.
 */
export type WrkLoopResult = { requests: number; seconds: number; p50: number; p95: number; max: number; errors: number; clientCpuSeconds: number };

const SCRIPT = `
local list = {}
function init(args)
  for line in io.lines(args[1]) do
    local fields = {}
    for field in line:gmatch("[^\\t]+") do fields[#fields + 1] = field end
    local headers = { ["Cookie"] = fields[2], ["Accept-Encoding"] = "gzip", ["Accept"] = "text/html" }
    for k = 3, #fields do
      local name, value = fields[k]:match("^([^:]+): (.*)$")
      headers[name] = value
    end
    list[#list + 1] = wrk.format("GET", fields[1], headers)
  end
end
local i = 0
function request()
  i = i % #list + 1
  return list[i]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("LOOP %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency.max, e.connect + e.read + e.write + e.status + e.timeout))
end
`;

/** One run of `seconds` over `requests` (paths under `origin`), every answer other than 2xx/3xx counted as an error. */
export async function wrkLoop(origin: string, requests: { path: string; cookie: string; headers?: Record<string, string> }[], options: { connections: number; seconds: number }): Promise<WrkLoopResult> {
  const wrk = ensureDebianProgram('wrk', 'wrk');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kundelik-wrk-'));
  try {
    writeFileSync(path.join(dir, 'loop.lua'), SCRIPT);
    // path, cookie, then the request's own headers (a soft navigation's), one per field; an Accept
    // of its own replaces the script's (Lua's table keys are case-sensitive, HTTP's names are not).
    const name = (header: string) => (header.toLowerCase() === 'accept' ? 'Accept' : header);
    const line = (r: (typeof requests)[number]) => [r.path, r.cookie, ...Object.entries(r.headers ?? {}).map(([header, value]) => `${name(header)}: ${value}`)].join('\t');
    writeFileSync(path.join(dir, 'requests.tsv'), requests.map((r) => `${line(r)}\n`).join(''));
    // bash's `times` gives the CPU wrk used (its children's user and system time).
    const command = `"${wrk}" -t1 -c${options.connections} -d${options.seconds}s --timeout 60s -s "${dir}/loop.lua" "${origin}" -- "${dir}/requests.tsv"; times`;
    // Not spawnSync: the bench samples the app's memory meanwhile.
    const child = spawn('bash', ['-c', command]);
    const run = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    await new Promise((resolve) => child.once('close', resolve));
    const figures = /^LOOP (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)$/m.exec(run.stdout);
    if (!figures) throw new Error(`wrk gave no figures:\n${run.stdout}${run.stderr}`);
    const [requestsDone, durationUs, p50Us, p95Us, maxUs, errors] = figures.slice(1).map(Number) as [number, number, number, number, number, number];
    const times = [...run.stdout.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    // `times` prints the shell's user and system time, then its children's.
    const clientCpuSeconds = (times[2] ?? 0) + (times[3] ?? 0);
    return { requests: requestsDone, seconds: durationUs / 1e6, p50: p50Us / 1000, p95: p95Us / 1000, max: maxUs / 1000, errors, clientCpuSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
