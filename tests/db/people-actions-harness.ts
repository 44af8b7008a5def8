import { afterAll } from 'vitest';
import { closeDatabase, getDb } from '@/db';
import { useTestDatabase } from './test-database';

/**
 * The People server actions on this file's database, for tests that call them directly as a
 * browser would. The test file mocks the session (`@/lib/auth/current-user`) and the cache first.
 */
export async function peopleActionsOnTestDatabase() {
  const { db, url } = await useTestDatabase();
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= 'test-secret-0123456789abcdef';
  // The actions use the app's pool (getDb); make it this file's database, and close it after.
  (globalThis as { kundelikDb?: unknown }).kundelikDb = undefined;
  afterAll(() => closeDatabase(getDb()));
  return { db, personActions: await import('@/lib/people/person-actions'), wizardActions: await import('@/lib/people/wizard-actions') };
}

/** The form an action receives. */
export function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, String(v));
  return data;
}
