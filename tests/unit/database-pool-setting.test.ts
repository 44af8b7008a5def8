import { describe, expect, it } from 'vitest';
import { envWith } from '../support/env';

/** DATABASE_POOL_SIZE as lib/env.ts validates it (db/index.ts). */
const poolFor = async (vars: Record<string, string>) => (await envWith(vars)).DATABASE_POOL_SIZE;

describe('DATABASE_POOL_SIZE', () => {
  it('is four connections per app process unless asked', async () => {
    expect(await poolFor({})).toBe(4);
    expect(await poolFor({ DATABASE_POOL_SIZE: '10' })).toBe(10);
  });

  it('refuses what is not a whole number from 1 to 100', async () => {
    for (const wrong of ['0', '-1', '2.5', 'four', '101'])
      await expect(poolFor({ DATABASE_POOL_SIZE: wrong })).rejects.toThrow(/DATABASE_POOL_SIZE must be a whole number from 1 to 100/);
  });
});
