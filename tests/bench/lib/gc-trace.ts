import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * What V8's collections cost the app while a load ran: read from the app's output with Node's
 * --trace-gc-nvp (one `name=value` line per collection, every worker into the same log), between two
 * byte offsets of the log, so the warm-up and the pause after are left out.
 * Why: in every request Next renders, ≈ 10 % of what it allocates outlives the young generation's
 * collections and is freed only by a full one (a minimal Next app does the same; issue 13's notes).
 * This shows what that costs a build, beside its app CPU.
 */
export type GcSummary = {
  scavenges: number;
  scavengePauseMs: number;
  allocatedMb: number;
  survivedMb: number;
  markCompacts: number;
  markCompactPauseMs: number;
  incrementalMs: number;
};

/** The log's size now: where the next part to summarize begins. */
export function logOffset(file: string): number {
  return statSync(file).size;
}

/** The summary of the collections logged in `file` from byte `from` to byte `to`. */
export function summarizeGcLog(file: string, from: number, to: number): GcSummary {
  const length = Math.max(0, to - from);
  const bytes = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, bytes, 0, length, from);
  } finally {
    closeSync(fd);
  }
  return summarizeGcTrace(bytes.toString('utf8'));
}

/** The summary of --trace-gc-nvp lines (other lines are skipped). */
export function summarizeGcTrace(text: string): GcSummary {
  const summary: GcSummary = { scavenges: 0, scavengePauseMs: 0, allocatedMb: 0, survivedMb: 0, markCompacts: 0, markCompactPauseMs: 0, incrementalMs: 0 };
  // Whole lines only: each starts with the process' `[pid:isolate…]`.
  for (const line of text.split('\n').filter((l) => l.startsWith('['))) {
    const fields = new Map(Array.from(line.matchAll(/(?:^|\s)([a-z_.]+)=([\d.]+)/g), ([, name, value]) => [name!, Number(value)]));
    const kind = /\bgc=(\w+)/.exec(line)?.[1];
    if (kind === 's') {
      summary.scavenges++;
      summary.scavengePauseMs += fields.get('pause') ?? 0;
      summary.allocatedMb += (fields.get('allocated') ?? 0) / 1e6;
      summary.survivedMb += (fields.get('new_space_survived') ?? 0) / 1e6;
    } else if (kind === 'mc') {
      summary.markCompacts++;
      summary.markCompactPauseMs += fields.get('pause') ?? 0;
      summary.incrementalMs += fields.get('incremental') ?? 0;
    }
  }
  return summary;
}

/** One line for the bench's output. */
export function describeGc(gc: GcSummary): string {
  const survived = gc.allocatedMb > 0 ? (gc.survivedMb / gc.allocatedMb) * 100 : 0;
  return (
    `${gc.scavenges} scavenges, ${(gc.scavengePauseMs / 1000).toFixed(1)} s of pauses (${(gc.scavengePauseMs / Math.max(1, gc.scavenges)).toFixed(0)} ms each), ` +
    `${survived.toFixed(1)} % of ${gc.allocatedMb.toFixed(0)} MB allocated survived them; ` +
    `${gc.markCompacts} mark-compacts, ${(gc.markCompactPauseMs / 1000).toFixed(1)} s of pauses and ${(gc.incrementalMs / 1000).toFixed(1)} s of incremental marking`
  );
}
