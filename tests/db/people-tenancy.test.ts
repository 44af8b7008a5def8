import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, invitations, memberships, persons } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { form, peopleActionsOnTestDatabase } from './people-actions-harness';

/**
 * Issue 11, items 1 and 3, as the admin of organisation B would try them, calling the People
 * actions directly: an IIN typed in the wizard, ids swapped in the payloads, a reissue of
 * someone else's invitation, an edit of someone else's personal data. A person belongs to their
 * home organisation (the oldest still-active membership); only its admins hand out credentials
 * and change the shared data, other organisations manage their own membership.
 */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock('@/lib/cache', () => ({ invalidateOrg: vi.fn() }));
// The invitation mail's text, from the real message files (Next's request scope is absent here).
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { compiledMessages } = await import('@/lib/i18n/compiled-messages');
  return { getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) => createTranslator({ locale, messages: compiledMessages(locale), namespace: namespace as never }) };
});

const { db, personActions, wizardActions } = await peopleActionsOnTestDatabase();

async function as(userId: number | null) {
  signedIn.user = userId === null ? null : await loadCurrentUser(db, userId);
}

async function registeredAdmin(orgId: number, surname: string, login: string) {
  const p = await addPerson(db, { surname, name: 'Әкімші', login });
  await addMembership(db, { personId: p.personId, orgId, isAdmin: true });
  return p.userId!;
}

const membershipData = { position: '', socialPosition: '', employment: '' };

let orgA = 0;
let orgB = 0;
let adminA = 0;
let adminB = 0;
/** An unregistered employee of A, invited by nobody yet. */
const victim = { personId: 0, iin: '', membershipA: 0 };

beforeAll(async () => {
  orgA = (await addOrg(db, 'authority', 'Authority A')).id;
  orgB = (await addOrg(db, 'institution', 'School B')).id;
  adminA = await registeredAdmin(orgA, 'Алдиярова', 'admin-a');
  adminB = await registeredAdmin(orgB, 'Бекова', 'admin-b');
  const v = await addPerson(db, { surname: 'Ахметова', name: 'Гүлнар', birthDate: '1985-04-20', sex: 'female', email: 'gulnar@mail.kz' });
  Object.assign(victim, { personId: v.personId, iin: v.iin, membershipA: (await addMembership(db, { personId: v.personId, orgId: orgA })).id });
});

describe('item 1: the add-person wizard and an IIN of another organisation', () => {
  let draftId = '';
  const typed = (surname: string, name: string) => ({
    orgId: orgB,
    draftId,
    role: 'teacher',
    arrivalDate: '2025-09-01',
    surname,
    name,
    patronymic: '',
    birthDate: '1985-04-20',
    sex: 'female',
    iin: victim.iin,
    email: '',
    phone: '',
  });

  it('discloses nothing of the holder for an IIN alone, in any answer, and audits the look-up', async () => {
    await as(adminB);
    const chosen = await wizardActions.chooseWizardMethod(null, form({ orgId: orgB, method: 'new' }));
    if (!chosen.ok) throw new Error(chosen.messageKey);
    draftId = chosen.data.draftId;
    const answers = [
      await wizardActions.saveWizardDetails(null, form(typed('Басқа', 'Адам'))),
      // Only the surname right, or only the name: still nothing.
      await wizardActions.saveWizardDetails(null, form(typed('Ахметова', 'Адам'))),
      await wizardActions.saveWizardDetails(null, form(typed('Басқа', 'Гүлнар'))),
    ];
    for (const answer of answers) {
      expect(answer).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { iin: ['PersonWizard.iin_exists_names'] } });
      expect(JSON.stringify(answer)).not.toContain(String(victim.personId));
    }
    // The holder's id swapped into "Add this person instead" is refused and adds nothing.
    const forced = await wizardActions.addExistingPerson(null, form({ orgId: orgB, draftId, personId: victim.personId }));
    expect(forced.ok).toBe(false);
    expect(JSON.stringify(forced)).not.toMatch(/Ахметова|Гүлнар|1985/);
    const created = await wizardActions.createPerson(null, form({ orgId: orgB, draftId, locale: 'kk' }));
    expect(created.ok).toBe(false);
    expect(await db.select().from(memberships).where(and(eq(memberships.personId, victim.personId), eq(memberships.organizationId, orgB)))).toEqual([]);

    const lookups = await db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, adminB), eq(auditEvents.action, 'person.iin_lookup')));
    expect(lookups.length).toBeGreaterThanOrEqual(4);
    expect(lookups[0]).toMatchObject({ organizationId: orgB, entity: 'person', entityId: String(victim.personId) });
    expect(lookups[0]!.changes).toEqual({ iin: { from: null, to: victim.iin }, found: { from: null, to: 'taken' } });
  });

  it('offers the holder once the surname and name typed are theirs; adding them hands out no credentials', async () => {
    await as(adminB);
    const offer = await wizardActions.saveWizardDetails(null, form(typed('ахметова', 'Гүлнар')));
    expect(offer).toEqual({ ok: true, data: { step: 2, iinMatch: { personId: victim.personId, fullName: 'Ахметова Гүлнар', birthDate: '1985-04-20', alreadyMember: false } } });
    expect(await wizardActions.addExistingPerson(null, form({ orgId: orgB, draftId, personId: victim.personId }))).toEqual({ ok: true, data: { step: 3 } });
    const created = await wizardActions.createPerson(null, form({ orgId: orgB, draftId, locale: 'kk' }));
    expect(created).toEqual({
      ok: true,
      data: { personId: victim.personId, fullName: 'Ахметова Гүлнар', invitation: null, mailed: false, invitedBy: { id: orgA, shortName: 'Authority A' }, another: false },
    });
    expect(await db.select().from(invitations).where(eq(invitations.personId, victim.personId))).toEqual([]);
  });
});

describe('item 1: credentials come only from the home organisation', () => {
  it("refuses B's admin a reissue, naming the home organisation; A's open invitation keeps working", async () => {
    await as(adminA);
    const issued = await personActions.reissueInvitation(null, form({ orgId: orgA, personId: victim.personId, locale: 'kk' }));
    expect(issued).toMatchObject({ ok: true, data: { invitation: { login: expect.stringMatching(/^inv-/) } } });

    await as(adminB);
    const refused = await personActions.reissueInvitation(null, form({ orgId: orgB, personId: victim.personId, locale: 'kk' }));
    expect(refused).toEqual({ ok: false, messageKey: 'Invitation.home_only', messageValues: { organization: 'Authority A' } });
    const open = await db.select().from(invitations).where(and(eq(invitations.personId, victim.personId), isNull(invitations.voidedAt)));
    expect(open).toHaveLength(1);
    expect(open[0]!.organizationId).toBe(orgA);
    // A's own organisation id with B's session is refused outright.
    expect(await personActions.reissueInvitation(null, form({ orgId: orgA, personId: victim.personId, locale: 'kk' }))).toEqual({ ok: false, messageKey: 'forbidden' });
  });

  it('passes the home on when its membership is archived; a restore does not take it back', async () => {
    await as(adminA);
    expect((await personActions.removePerson(null, form({ orgId: orgA, personId: victim.personId }))).ok).toBe(true);
    await as(adminB);
    expect(await personActions.reissueInvitation(null, form({ orgId: orgB, personId: victim.personId, locale: 'kk' }))).toMatchObject({ ok: true });
    await as(adminA);
    expect(await personActions.restorePerson(null, form({ orgId: orgA, membershipId: victim.membershipA }))).toMatchObject({ ok: true });
    expect(await personActions.reissueInvitation(null, form({ orgId: orgA, personId: victim.personId, locale: 'kk' }))).toEqual({
      ok: false,
      messageKey: 'Invitation.home_only',
      messageValues: { organization: 'School B' },
    });
  });
});

describe('item 3: shared person data belongs to the home organisation', () => {
  const staff = { personId: 0, userId: 0, membershipA: 0, membershipB: 0 };
  const shared = { surname: 'Сейтова', name: 'Айгүл', patronymic: '', birthDate: '1985-04-20', email: 'aigul@mail.kz', phone: '' };

  beforeAll(async () => {
    const s = await addPerson(db, { surname: 'Сейтова', name: 'Айгүл', email: 'aigul@mail.kz', login: 'aigul' });
    Object.assign(staff, {
      personId: s.personId,
      userId: s.userId!,
      membershipA: (await addMembership(db, { personId: s.personId, orgId: orgA })).id,
      // B added her "from another organisation" (public name + login).
      membershipB: (await addMembership(db, { personId: s.personId, orgId: orgB, role: 'teacher' })).id,
    });
  });

  const edit = (orgId: number, membershipId: number, extra: Record<string, string>) =>
    personActions.updatePerson(null, form({ orgId, personId: staff.personId, membershipId, ...membershipData, ...extra }));

  it("refuses B's admin a change of surname, e-mail or phone, naming the home organisation; nothing is written", async () => {
    await as(adminB);
    const refused = await edit(orgB, staff.membershipB, { ...shared, surname: 'Хакер', email: 'evil@example.com', phone: '+7 700 000 00 00', position: 'Мұғалім' });
    expect(refused).toEqual({
      ok: false,
      messageKey: 'AdminPeople.shared_data_home_only',
      messageValues: { organization: 'Authority A' },
      fieldErrors: { surname: ['AdminPeople.shared_field_home_only'], email: ['AdminPeople.shared_field_home_only'], phone: ['AdminPeople.shared_field_home_only'] },
    });
    const [person] = await db.select().from(persons).where(eq(persons.id, staff.personId));
    expect(person).toMatchObject({ surname: 'Сейтова', email: 'aigul@mail.kz', phone: null });
    const [membership] = await db.select().from(memberships).where(eq(memberships.id, staff.membershipB));
    expect(membership!.position).toBe('');
    // A's membership id with B's organisation: not B's to edit.
    expect(await edit(orgB, staff.membershipA, { position: 'X' })).toMatchObject({ ok: false, messageKey: 'AdminPeople.not_member' });
  });

  it("lets B's admin edit B's own membership (position, rights), with or without the unchanged shared data", async () => {
    await as(adminB);
    expect(await edit(orgB, staff.membershipB, { position: 'Информатика мұғалімі', isEditor: 'on' })).toEqual({ ok: true, data: { changed: true } });
    expect(await edit(orgB, staff.membershipB, { ...shared, position: 'Информатика пәнінің мұғалімі', isEditor: 'on' })).toEqual({ ok: true, data: { changed: true } });
    const [membership] = await db.select().from(memberships).where(eq(memberships.id, staff.membershipB));
    expect(membership).toMatchObject({ position: 'Информатика пәнінің мұғалімі', isEditor: true });
  });

  it("lets A's admin, and the user themself, change the shared data", async () => {
    await as(adminA);
    expect(await edit(orgA, staff.membershipA, { ...shared, phone: '+7 701 111 22 33' })).toEqual({ ok: true, data: { changed: true } });
    // The user, made admin of B, edits their own data from B's pages.
    await db.update(memberships).set({ isAdmin: true }).where(eq(memberships.id, staff.membershipB));
    await as(staff.userId);
    expect(await edit(orgB, staff.membershipB, { ...shared, phone: '+7 701 111 22 33', email: 'aigul.s@mail.kz', position: 'Информатика пәнінің мұғалімі', isAdmin: 'on', isEditor: 'on' })).toEqual({
      ok: true,
      data: { changed: true },
    });
    const [person] = await db.select().from(persons).where(eq(persons.id, staff.personId));
    expect(person).toMatchObject({ phone: '+7 701 111 22 33', email: 'aigul.s@mail.kz' });
  });
});

describe('a teacher who works in two schools stays manageable', () => {
  it('the first school hands out the invitation; the second manages its own membership and is told whom to ask', async () => {
    const first = (await addOrg(db, 'institution', 'School 1')).id;
    const second = (await addOrg(db, 'institution', 'School 2')).id;
    const admin1 = await registeredAdmin(first, 'Бірінші', 'admin-s1');
    const admin2 = await registeredAdmin(second, 'Екінші', 'admin-s2');
    const t = await addPerson(db, { surname: 'Нұрланова', name: 'Сәуле', birthDate: '1990-01-05' });
    await addMembership(db, { personId: t.personId, orgId: first, role: 'teacher' });
    const inSecond = await addMembership(db, { personId: t.personId, orgId: second, role: 'teacher' });

    await as(admin1);
    expect(await personActions.reissueInvitation(null, form({ orgId: first, personId: t.personId, locale: 'ru' }))).toMatchObject({ ok: true, data: { invitation: { login: expect.stringMatching(/^inv-/) } } });
    await as(admin2);
    expect(await personActions.reissueInvitation(null, form({ orgId: second, personId: t.personId, locale: 'ru' }))).toEqual({
      ok: false,
      messageKey: 'Invitation.home_only',
      messageValues: { organization: 'School 1' },
    });
    expect(await personActions.updatePerson(null, form({ orgId: second, personId: t.personId, membershipId: inSecond.id, ...membershipData, position: 'Химия мұғалімі' }))).toEqual({
      ok: true,
      data: { changed: true },
    });
    const [row] = await db.select().from(memberships).where(eq(memberships.id, inSecond.id));
    expect(row!.position).toBe('Химия мұғалімі');
  });
});
