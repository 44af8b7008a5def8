import { afterEach, describe, expect, it, vi } from 'vitest';

/** REDIS_URL as lib/env.ts validates it (several app servers; a fresh module per case: getEnv caches). */
const BASE = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', NEXTAUTH_SECRET: 'a-secret-of-sixteen-chars' };

async function redisUrlFor(value: string) {
  vi.resetModules();
  for (const [name, v] of Object.entries({ ...BASE, REDIS_URL: value })) vi.stubEnv(name, v);
  const { getEnv } = await import('@/lib/env');
  return getEnv().REDIS_URL;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('REDIS_URL', () => {
  it('takes a Redis address, with a password, a database number or TLS', async () => {
    expect(await redisUrlFor('redis://cache.example.kz:6379')).toBe('redis://cache.example.kz:6379');
    expect(await redisUrlFor('redis://:p%40ss@10.0.0.5:6379/2')).toBe('redis://:p%40ss@10.0.0.5:6379/2');
    expect(await redisUrlFor('rediss://cache.example.kz:6380')).toBe('rediss://cache.example.kz:6380');
  });

  it('refuses anything else with a message naming the form it needs', async () => {
    for (const wrong of ['cache.example.kz:6379', 'http://cache:6379', 'redis://', 'redis://cache:6379/db'])
      await expect(redisUrlFor(wrong)).rejects.toThrow(/REDIS_URL must be redis:\/\/\[:password@\]host:port\[\/db\]/);
  });
});
