import { gzipSync } from 'node:zlib';

const SAMPLE = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `row ${i} ${(i * 7) % 13} name${i % 97};`).join('\n'));

/**
 * The machine's speed at this moment: fixed work of the kind a page is (JSON and gzip) timed in
 * this process while the app is idle, in ms (lower is faster). The shared host ran the same work in
 * 1,030–1,280 ms in one evening, and the closed loop's throughput moved with it; printed beside the
 * figures so that runs of different hours can be compared.
 */
export function hostReferenceMs(): number {
  const started = performance.now();
  for (let round = 0; round < 8; round++) {
    gzipSync(SAMPLE, { level: 3 });
    const made: Record<string, string> = {};
    for (let i = 0; i < 300_000; i++) made[`k${i % 5000}`] = JSON.stringify({ i, s: `x${i}` });
  }
  return performance.now() - started;
}
