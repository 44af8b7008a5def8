import { vi } from 'vitest';

const BASE = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', NEXTAUTH_SECRET: 'a-secret-of-sixteen-chars' };

/**
 * lib/env.ts's getEnv over exactly these variables (and the two it always needs), in a fresh
 * module (getEnv caches); the variables are put back before it answers.
 */
export async function envWith(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries({ ...BASE, ...vars })) vi.stubEnv(name, value);
  try {
    const { getEnv } = await import('@/lib/env');
    return getEnv();
  } finally {
    vi.unstubAllEnvs();
  }
}
