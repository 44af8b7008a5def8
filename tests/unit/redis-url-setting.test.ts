import { describe, expect, it } from 'vitest';
import { envWith } from '../support/env';

/** REDIS_URL as lib/env.ts validates it (several app servers). */
const redisUrlFor = async (value: string) => (await envWith({ REDIS_URL: value })).REDIS_URL;

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
