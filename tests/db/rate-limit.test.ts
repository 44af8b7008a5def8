import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { rateLimits } from '@/db/schema';
import { hit, reset, sweep } from '@/lib/rate-limit';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const limit = { name: 'test:five', points: 5, windowMs: 60_000 };

describe('the rate-limit store', () => {
  it('allows exactly the budget of 40 parallel hits and tells the others the real wait', async () => {
    const now = new Date('2030-01-01T10:00:00Z');
    const results = await Promise.all(Array.from({ length: 40 }, () => hit(db, limit, 'parallel', now)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).map((r) => r.retryAfterMs)).toEqual(Array(35).fill(60_000));
    expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const later = await hit(db, limit, 'parallel', new Date(now.getTime() + 45_000));
    expect(later).toEqual({ ok: false, retryAfterMs: 15_000, hits: 41 });
  });

  it('counts each key and each limit apart', async () => {
    const now = new Date('2030-01-01T11:00:00Z');
    for (let i = 0; i < 5; i++) await hit(db, limit, 'a', now);
    expect((await hit(db, limit, 'a', now)).ok).toBe(false);
    expect((await hit(db, limit, 'b', now)).ok).toBe(true);
    expect((await hit(db, { ...limit, name: 'test:other' }, 'a', now)).ok).toBe(true);
  });

  it('starts a new window once the last one ended, and forgets a key on reset', async () => {
    const now = new Date('2030-01-01T12:00:00Z');
    for (let i = 0; i < 6; i++) await hit(db, limit, 'window', now);
    expect(await hit(db, limit, 'window', new Date(now.getTime() + 60_000))).toEqual({ ok: true, retryAfterMs: 0, hits: 1 });
    for (let i = 0; i < 6; i++) await hit(db, limit, 'forgiven', now);
    await reset(db, limit, 'forgiven');
    expect(await hit(db, limit, 'forgiven', now)).toEqual({ ok: true, retryAfterMs: 0, hits: 1 });
  });

  it('sweeps the rows of ended windows only', async () => {
    const now = new Date('2030-01-02T00:00:00Z');
    await hit(db, limit, 'old', new Date(now.getTime() - 120_000));
    await hit(db, limit, 'current', now);
    await sweep(db, now);
    const left = async (key: string) => db.$count(rateLimits, and(eq(rateLimits.name, limit.name), eq(rateLimits.key, key)));
    expect([await left('old'), await left('current')]).toEqual([0, 1]);
  });

  it("never sweeps a live window of a caller's own clock, past or future, when a hit sweeps", async () => {
    // Every hit sweeps here; a sweep by the real clock alone dropped the windows of a test's past time.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0);
    try {
      for (const now of [new Date('2020-05-04T09:00:00Z'), new Date('2040-05-04T09:00:00Z')]) {
        const key = `clock-${now.getFullYear()}`;
        for (let i = 0; i < 5; i++) await hit(db, limit, key, now);
        expect(await hit(db, limit, key, now)).toMatchObject({ ok: false, hits: 6 });
      }
    } finally {
      random.mockRestore();
    }
  });
});
