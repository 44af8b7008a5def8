import { describe, expect, it } from 'vitest';
import { envWith } from '../support/env';

/** APP_WORKERS as lib/env.ts validates it (server.ts, lib/http/workers.ts). */
const workersFor = async (vars: Record<string, string>) => (await envWith(vars)).APP_WORKERS;

describe('APP_WORKERS', () => {
  it('is one process unless asked, and takes a count with REDIS_URL', async () => {
    expect(await workersFor({})).toBe(1);
    expect(await workersFor({ APP_WORKERS: '1' })).toBe(1);
    expect(await workersFor({ APP_WORKERS: '2', REDIS_URL: 'redis://127.0.0.1:6379' })).toBe(2);
  });

  it("refuses more than one without REDIS_URL: the workers would keep Next's cache apart", async () => {
    await expect(workersFor({ APP_WORKERS: '2' })).rejects.toThrow(/APP_WORKERS above 1 needs REDIS_URL/);
  });

  it('refuses what is not a whole number from 1', async () => {
    for (const wrong of ['0', '-1', '1.5', 'two', '65'])
      await expect(workersFor({ APP_WORKERS: wrong, REDIS_URL: 'redis://127.0.0.1:6379' })).rejects.toThrow(/APP_WORKERS (must be a whole number from 1|is at most 64)/);
  });
});
