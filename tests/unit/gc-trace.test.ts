import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeGc, summarizeGcLog, summarizeGcTrace } from '../bench/lib/gc-trace';

// Lines as Node 24's --trace-gc-nvp writes them (shortened: the fields read are kept, a few others beside).
const SCAVENGE =
  '[32194:0x3fa21000:0]     5202 ms: pause=18.1 mutator=309.5 gc=s reduce_memory=0 scavenge=17.89 background.scavenge.parallel=33.35 allocated=100497880 promoted=9232336 new_space_survived=10526064 promotion_rate=89.7%';
const MARK_COMPACT =
  '[32194:0x3fa21000:0]     5985 ms: pause=9.2 mutator=124.8 gc=mc reduce_memory=0 mark=3.2 incremental=24.6 incremental_steps_count=619 background.mark=203.0 allocated=29524504 new_space_survived=0';

describe('the GC trace summary (tests/bench/lib/gc-trace.ts)', () => {
  it('adds up scavenges and mark-compacts, and skips other output', () => {
    const text = ['[kundelik] ready', SCAVENGE, MARK_COMPACT, SCAVENGE, 'app server ready on http://localhost:3000', ''].join('\n');
    const gc = summarizeGcTrace(text);
    expect(gc.scavenges).toBe(2);
    expect(gc.scavengePauseMs).toBeCloseTo(36.2);
    expect(gc.allocatedMb).toBeCloseTo(200.99576);
    expect(gc.survivedMb).toBeCloseTo(21.052128);
    expect(gc.markCompacts).toBe(1);
    expect(gc.markCompactPauseMs).toBeCloseTo(9.2);
    expect(gc.incrementalMs).toBeCloseTo(24.6);
    // The mark-compact's own `allocated` is not young allocation.
    expect(describeGc(gc)).toBe(
      '2 scavenges, 0.0 s of pauses (18 ms each), 10.5 % of 201 MB allocated survived them; 1 mark-compacts, 0.0 s of pauses and 0.0 s of incremental marking',
    );
  });

  it('reads only the part of the log between two offsets, whole lines only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gc-trace-'));
    try {
      const file = path.join(dir, 'app.log');
      const before = `${SCAVENGE}\n`;
      writeFileSync(file, `${before}${MARK_COMPACT}\n${SCAVENGE}\n`);
      const gc = summarizeGcLog(file, before.length, before.length + MARK_COMPACT.length + 1 + SCAVENGE.length + 1);
      expect([gc.scavenges, gc.markCompacts]).toEqual([1, 1]);
      // A start inside a line leaves that line out.
      expect(summarizeGcLog(file, 5, before.length).scavenges).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
