import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SERVER_NODE_FLAGS, collectWhenIdle, releaseAbortReasonFrames } from '@/lib/http/memory';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** An error made in a method of `receiver`, as React makes its abort reason inside a flush. */
function errorMadeBy(receiver: object): Error {
  return function make(this: object) {
    return new Error('This render completed successfully.');
  }.call(receiver);
}

/** Whether the error, kept as an abort reason, still keeps the object it was made in alive. */
async function reasonKeepsItsReceiver(): Promise<boolean> {
  let receiver: object | null = { payload: new Array(1_000).fill('rendered page') };
  const ref = new WeakRef(receiver);
  const controller = new AbortController();
  controller.abort(errorMadeBy(receiver));
  receiver = null;
  // A WeakRef keeps its target until the current job ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  const kept = ref.deref() !== undefined;
  expect(controller.signal.reason).toBeInstanceOf(Error);
  return kept;
}

describe('abort reasons', () => {
  it('keep the receivers of their frames until their stack is read (why the release exists)', async () => {
    expect(await reasonKeepsItsReceiver()).toBe(true);
  });

  it('keep nothing of the frames once released, and keep their stack as text', async () => {
    releaseAbortReasonFrames();
    releaseAbortReasonFrames(); // twice is once
    expect(await reasonKeepsItsReceiver()).toBe(false);
    const controller = new AbortController();
    controller.abort(errorMadeBy({}));
    expect(String((controller.signal.reason as Error).stack)).toMatch(/^Error: This render completed successfully\.\n\s+at .*\n\s+at errorMadeBy /);
  });
});

describe('collectWhenIdle', () => {
  afterEach(() => vi.useRealTimers());

  const request = () => {
    const res = new EventEmitter() as unknown as ServerResponse;
    return { req: {} as IncomingMessage, res, end: () => res.emit('finish') };
  };

  it('collects twice once the server has been quiet, not while a request is in flight', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const handled: IncomingMessage[] = [];
    const handler = collectWhenIdle((req) => void handled.push(req), { idleMs: 1_000, collect });
    const a = request();
    const b = request();
    handler(a.req, a.res);
    handler(b.req, b.res);
    a.end();
    vi.advanceTimersByTime(5_000);
    expect(collect).not.toHaveBeenCalled(); // b is still being answered
    b.end();
    b.res.emit('close'); // a close after the finish counts once
    vi.advanceTimersByTime(999);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(collect).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(60_000);
    expect(collect).toHaveBeenCalledTimes(2); // nothing served since: nothing to give back
    expect(handled).toHaveLength(2);
  });

  it('puts the collection off while requests keep coming', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const handler = collectWhenIdle(() => {}, { idleMs: 1_000, collect });
    for (let i = 0; i < 5; i++) {
      const r = request();
      handler(r.req, r.res);
      r.end();
      vi.advanceTimersByTime(500);
    }
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('leaves the handler as it is without a collector', () => {
    const handler = () => {};
    const saved = (globalThis as { gc?: unknown }).gc;
    delete (globalThis as { gc?: unknown }).gc;
    try {
      expect(collectWhenIdle(handler)).toBe(handler);
    } finally {
      if (saved) (globalThis as { gc?: unknown }).gc = saved;
    }
  });
});

describe('giveMemoryBack', () => {
  // In a child process of this Node, run as the server runs (start-app.ts): a burst's garbage, then
  // the quiet spell's collections. RSS must come back towards the start, not stay at the peak with
  // the emptied pages kept pooled (Node 24's plain gc()).
  const child = `
    import { giveMemoryBack } from ${JSON.stringify(path.resolve('lib/http/memory.ts'))};
    const rss = () => process.memoryUsage().rss / 1048576;
    const start = rss();
    let kept = [];
    for (let round = 0; round < 30; round++) {
      const batch = [];
      for (let i = 0; i < 100000; i++) batch.push({ i, text: 'rendered ' + i, list: [i] });
      kept.push(batch);
      if (kept.length > 6) kept.shift();
    }
    const peak = rss();
    kept = null;
    // Twice, as a quiet spell collects (collectWhenIdle).
    giveMemoryBack(globalThis.gc);
    giveMemoryBack(globalThis.gc);
    console.log(JSON.stringify({ start, peak, after: rss() }));
  `;

  it('returns a burst of garbage to the system, not only to the heap', () => {
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', '--input-type=module', '-e', child], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { start, peak, after } = JSON.parse(run.stdout) as { start: number; peak: number; after: number };
    expect(peak - start).toBeGreaterThan(300); // the burst was real
    // Node 20 keeps ≈ 150 MB of a 400 MB burst, Node 24's plain gc() all of it; with
    // giveMemoryBack Node 24 keeps ≈ 35 MB.
    expect(after - start).toBeLessThan((peak - start) / 2);
  }, 30_000);
});
