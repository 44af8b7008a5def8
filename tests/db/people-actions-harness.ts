import { testDatabaseAsApp } from './test-database';

/**
 * The People server actions on this file's database, for tests that call them directly as a
 * browser would. The test file mocks the session (`@/lib/auth/current-user`) and the cache first.
 */
export async function peopleActionsOnTestDatabase() {
  const { db } = await testDatabaseAsApp();
  // Restore has its own module (lib/people/restore-action.ts): the person actions here include it.
  const personActions = { ...(await import('@/lib/people/person-actions')), ...(await import('@/lib/people/restore-action')) };
  return { db, personActions, wizardActions: await import('@/lib/people/wizard/actions') };
}

/** The form an action receives. */
export function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, String(v));
  return data;
}
