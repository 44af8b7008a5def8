import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDatabase, getDb } from '@/db';
import type { CurrentUser } from '@/lib/auth/permissions';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { buildIin } from '@/lib/people/iin';
import { limits } from '@/lib/rate-limit';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { useTestDatabase } from './test-database';

/** The add-person wizard's IIN look-up has a budget per admin: IINs cannot be tried in bulk. */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock('@/lib/cache', () => ({ invalidateOrg: vi.fn() }));

const { db, url } = await useTestDatabase();
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_SECRET ??= 'test-secret-0123456789abcdef';
// The actions use the app's pool (getDb); make it this file's database, and close it after.
(globalThis as { kundelikDb?: unknown }).kundelikDb = undefined;
afterAll(() => closeDatabase(getDb()));
const wizard = await import('@/lib/people/wizard-actions');

let orgId = 0;
let admin: CurrentUser;
let secondAdmin: CurrentUser;

beforeAll(async () => {
  orgId = (await addOrg(db)).id;
  const adminOf = async (login: string, name: string) => {
    const p = await addPerson(db, { surname: 'Әкімші', name, login });
    await addMembership(db, { personId: p.personId, orgId, isAdmin: true });
    return (await loadCurrentUser(db, p.userId!))!;
  };
  admin = await adminOf('lookup-admin', 'Бір');
  secondAdmin = await adminOf('lookup-admin-2', 'Екі');
});

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, String(v));
  return data;
}

async function lookUp(user: CurrentUser, serial: number) {
  signedIn.user = user;
  const started = await wizard.chooseWizardMethod(null, form({ orgId, method: 'new' }));
  if (!started.ok) throw new Error(started.messageKey);
  const iin = buildIin('1990-01-15', 'male', serial)!;
  return wizard.saveWizardDetails(null, form({ orgId, draftId: started.data.draftId, intent: 'next', iin, surname: 'Тексеру', name: 'Адам' }));
}

describe('the IIN look-up of the add-person wizard', () => {
  it(`answers ${limits.personIinLookup.points} look-ups of one admin in 10 minutes, then refuses beside the IIN with the wait`, async () => {
    for (let i = 0; i < limits.personIinLookup.points; i++) {
      const result = await lookUp(admin, i + 1);
      expect(result.ok || !result.messageKey.startsWith('PersonWizard.iin_lookups_throttled')).toBe(true);
    }
    const refusal = 'PersonWizard.iin_lookups_throttled?minutes=10';
    expect(await lookUp(admin, 99)).toEqual({ ok: false, messageKey: refusal, fieldErrors: { iin: [refusal] } });
    // Another admin has a budget of their own.
    const other = await lookUp(secondAdmin, 100);
    expect(other.ok || !other.messageKey.startsWith('PersonWizard.iin_lookups_throttled')).toBe(true);
  });
});
