import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memberships } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { testDatabaseAsApp } from './test-database';

/**
 * The People actions are public endpoints: called directly (not through the pages), they refuse
 * anyone who is not an admin of the organisation named in the input, and change nothing.
 */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock('@/lib/cache', () => ({ invalidateOrg: vi.fn() }));

const { db } = await testDatabaseAsApp();
const personActions = await import('@/lib/people/person-actions');
const wizardActions = await import('@/lib/people/wizard-actions');

let orgId = 0;
let target = { personId: 0, membershipId: 0 };
let staff: CurrentUser;
let otherAdmin: CurrentUser;
let admin: CurrentUser;

beforeAll(async () => {
  orgId = (await addOrg(db)).id;
  const otherOrgId = (await addOrg(db, 'authority', 'Other')).id;
  const a = await addPerson(db, { surname: 'Админ', name: 'Бар', login: 'the-admin' });
  await addMembership(db, { personId: a.personId, orgId, isAdmin: true });
  const s = await addPerson(db, { surname: 'Қызметкер', name: 'Жай', login: 'plain-staff' });
  await addMembership(db, { personId: s.personId, orgId });
  const o = await addPerson(db, { surname: 'Басқа', name: 'Әкімші', login: 'other-admin' });
  await addMembership(db, { personId: o.personId, orgId: otherOrgId, isAdmin: true });
  const t = await addPerson(db, { surname: 'Нысана', name: 'Адам' });
  target = { personId: t.personId, membershipId: (await addMembership(db, { personId: t.personId, orgId })).id };
  admin = (await loadCurrentUser(db, a.userId!))!;
  staff = (await loadCurrentUser(db, s.userId!))!;
  otherAdmin = (await loadCurrentUser(db, o.userId!))!;
});

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, String(v));
  return data;
}

const calls = () => [
  () => personActions.removePerson(null, form({ orgId, personId: target.personId })),
  () => personActions.restorePerson(null, form({ orgId, membershipId: target.membershipId })),
  () => personActions.reissueInvitation(null, form({ orgId, personId: target.personId, locale: 'kk' })),
  () => personActions.updatePerson(null, form({ orgId, personId: target.personId, membershipId: target.membershipId, surname: 'X', name: 'Y', birthDate: '1985-04-20', isAdmin: 'on' })),
  () => wizardActions.chooseWizardMethod(null, form({ orgId, method: 'new' })),
  () => wizardActions.createPerson(null, form({ orgId, draftId: '00000000-0000-4000-8000-000000000000', locale: 'kk' })),
];

describe('People actions called directly', () => {
  it('refuse a signed-out caller', async () => {
    signedIn.user = null;
    for (const call of calls()) expect(await call()).toEqual({ ok: false, messageKey: 'unauthenticated' });
  });

  it('refuse a staff member without the admin right, and an admin of another organisation', async () => {
    for (const user of [staff, otherAdmin]) {
      signedIn.user = user;
      for (const call of calls()) expect(await call()).toEqual({ ok: false, messageKey: 'forbidden' });
    }
    const [row] = await db.select().from(memberships).where(eq(memberships.id, target.membershipId));
    expect(row).toMatchObject({ archivedAt: null, isAdmin: false });
  });

  it('let an admin of the organisation through', async () => {
    signedIn.user = admin;
    expect(await personActions.removePerson(null, form({ orgId, personId: target.personId }))).toEqual({ ok: true, data: { archived: 1 } });
    expect(await personActions.restorePerson(null, form({ orgId, membershipId: target.membershipId }))).toEqual({ ok: true, data: { personId: target.personId } });
  });
});
