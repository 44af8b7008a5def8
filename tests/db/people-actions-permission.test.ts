import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memberships } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { buildIin } from '@/lib/people/iin';
import { limits } from '@/lib/rate-limit';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { form, peopleActionsOnTestDatabase } from './people-actions-harness';

/**
 * The People actions are public endpoints: called directly (not through the pages), they refuse
 * anyone who is not an admin of the organisation named in the input, and change nothing.
 */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock('@/lib/cache', () => ({ invalidateOrg: vi.fn() }));

const { db, personActions, wizardActions } = await peopleActionsOnTestDatabase();

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

describe("the add-person wizard's IIN look-up", () => {
  async function lookUp(user: CurrentUser, serial: number) {
    signedIn.user = user;
    const started = await wizardActions.chooseWizardMethod(null, form({ orgId, method: 'new' }));
    if (!started.ok) throw new Error(started.messageKey);
    // A complete new person, so Next gets as far as looking the IIN up.
    const birthDate = '1990-01-15';
    const person = { role: 'employee', arrivalDate: '2025-09-01', surname: 'Тексеру', name: 'Адам', patronymic: '', birthDate, sex: 'male', iin: buildIin(birthDate, 'male', serial)!, email: '', phone: '' };
    return wizardActions.saveWizardDetails(null, form({ orgId, draftId: started.data.draftId, intent: 'next', ...person }));
  }
  // Each look-up of a free IIN moves on to step 3.
  const lookedUp = (result: Awaited<ReturnType<typeof lookUp>>) => result.ok && result.data.step === 3;

  it(`answers ${limits.personIinLookup.points} look-ups of one admin in 10 minutes, then refuses beside the IIN with the wait`, async () => {
    const secondAdmin = await addPerson(db, { surname: 'Екінші', name: 'Әкімші', login: 'second-admin' });
    await addMembership(db, { personId: secondAdmin.personId, orgId, isAdmin: true });
    for (let i = 0; i < limits.personIinLookup.points; i++) expect(lookedUp(await lookUp(admin, 500 + i))).toBe(true);
    const refusal = 'PersonWizard.iin_lookups_throttled';
    expect(await lookUp(admin, 600)).toEqual({ ok: false, messageKey: refusal, fieldErrors: { iin: [refusal] }, messageValues: { minutes: '10' } });
    // Another admin has a budget of their own.
    expect(lookedUp(await lookUp((await loadCurrentUser(db, secondAdmin.userId!))!, 601))).toBe(true);
  });
});
