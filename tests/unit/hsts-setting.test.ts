import { describe, expect, it } from 'vitest';
import { hstsMaxAge } from '@/lib/env';
import { envWith } from '../support/env';

/** HSTS_MAX_AGE as lib/env.ts validates it and server.ts reads it. */
const hstsFor = async (vars: Record<string, string>) => hstsMaxAge(await envWith(vars));

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
