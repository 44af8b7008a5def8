import { afterEach, describe, expect, it, vi } from 'vitest';

/** HSTS_MAX_AGE as lib/env.ts validates it and server.ts reads it (a fresh module per case: getEnv caches). */
const BASE = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', NEXTAUTH_SECRET: 'a-secret-of-sixteen-chars' };

async function hstsFor(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries({ ...BASE, ...vars })) vi.stubEnv(name, value);
  const { getEnv, hstsMaxAge } = await import('@/lib/env');
  return hstsMaxAge(getEnv());
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('HSTS_MAX_AGE', () => {
  it('defaults to a year on https and to none on http', async () => {
    expect(await hstsFor({ NEXTAUTH_URL: 'https://portal.example.kz' })).toBe(31_536_000);
    expect(await hstsFor({ NEXTAUTH_URL: 'http://localhost:3000' })).toBe(0);
  });

  it('takes a value, 0 turning it off', async () => {
    expect(await hstsFor({ NEXTAUTH_URL: 'https://portal.example.kz', HSTS_MAX_AGE: '600' })).toBe(600);
    expect(await hstsFor({ NEXTAUTH_URL: 'https://portal.example.kz', HSTS_MAX_AGE: '0' })).toBe(0);
    expect(await hstsFor({ NEXTAUTH_URL: 'http://localhost:3000', HSTS_MAX_AGE: '0' })).toBe(0);
  });

  it('refuses HSTS without https, and values that are no number of seconds', async () => {
    await expect(hstsFor({ NEXTAUTH_URL: 'http://localhost:3000', HSTS_MAX_AGE: '600' })).rejects.toThrow(/HSTS_MAX_AGE needs NEXTAUTH_URL on https/);
    await expect(hstsFor({ NEXTAUTH_URL: 'https://portal.example.kz', HSTS_MAX_AGE: 'a year' })).rejects.toThrow(/HSTS_MAX_AGE/);
    await expect(hstsFor({ NEXTAUTH_URL: 'https://portal.example.kz', HSTS_MAX_AGE: '-1' })).rejects.toThrow(/HSTS_MAX_AGE/);
    await expect(hstsFor({ NEXTAUTH_URL: 'https://portal.example.kz', HSTS_MAX_AGE: '99999999999' })).rejects.toThrow(/at most two years/);
  });
});
