import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, invitations, memberships, persons, users } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can, type CurrentUser } from '@/lib/auth/permissions';
import { getPersonHistory, getPersonInOrg, listActivePeople, listArchivedMemberships } from '@/lib/people/admin/queries';
import { issueInvitation } from '@/lib/people/invitations/issue';
import { archivePersonInOrg, updatePersonInOrg } from '@/lib/people/membership-changes';
import { restoreMembership } from '@/lib/people/membership-restore';
import { checkInvitation, registerWithInvitation } from '@/lib/people/invitations/registration';
import { authenticate } from '@/lib/auth/authenticate';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const today = '2026-03-10';
let orgId = 0;
let admin = { personId: 0, userId: 0, membershipId: 0 };
let staff = { personId: 0, userId: 0, membershipId: 0 };
let adminUser: CurrentUser;

beforeAll(async () => {
  orgId = (await addOrg(db)).id;
  const a = await addPerson(db, { surname: 'Омарханова', name: 'Ақжанай', login: 'boss' });
  admin = { personId: a.personId, userId: a.userId!, membershipId: (await addMembership(db, { personId: a.personId, orgId, isAdmin: true })).id };
  const s = await addPerson(db, { surname: 'Сәрсенбаева', name: 'Динара', birthDate: '1990-02-14', login: 'worker' });
  staff = { personId: s.personId, userId: s.userId!, membershipId: (await addMembership(db, { personId: s.personId, orgId })).id };
  adminUser = (await loadCurrentUser(db, admin.userId))!;
});

const personData = (extra: Record<string, string> = {}) => ({
  surname: 'Сәрсенбаева',
  name: 'Динара',
  patronymic: 'Маратовна',
  birthDate: '1990-02-14',
  email: 'dinara@mail.kz',
  phone: '',
  ...extra,
});
const rights = { position: 'Главный специалист', socialPosition: '', employment: 'основное место работы', isAdmin: false, isModerator: false, isEditor: true };

describe('edit (Data tab)', () => {
  it('saves personal data, position and rights, with one audit event per record listing from → to', async () => {
    const result = await updatePersonInOrg(db, { orgId, actor: adminUser, personId: staff.personId, membershipId: staff.membershipId, personData: personData(), membershipData: rights, today });
    expect(result.changed).toBe(true);
    const [person] = await db.select().from(persons).where(eq(persons.id, staff.personId));
    expect(person).toMatchObject({ patronymic: 'Маратовна', email: 'dinara@mail.kz' });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.actorUserId, admin.userId));
    expect(events.find((e) => e.action === 'person.update')!.changes).toEqual({
      patronymic: { from: null, to: 'Маратовна' },
      email: { from: null, to: 'dinara@mail.kz' },
    });
    expect(events.find((e) => e.action === 'membership.update')!.changes).toMatchObject({ isEditor: { from: false, to: true } });
    const again = await updatePersonInOrg(db, { orgId, actor: adminUser, personId: staff.personId, membershipId: staff.membershipId, personData: personData(), membershipData: rights, today });
    expect(again.changed).toBe(false);
  });

  it('refuses a birth date that disagrees with the IIN and writes nothing', async () => {
    const error = await updatePersonInOrg(db, { orgId, actor: adminUser, personId: staff.personId, membershipId: staff.membershipId, personData: personData({ birthDate: '1990-02-15', surname: 'Changed' }), membershipData: rights, today }).catch((e: unknown) => e);
    expect((error as ActionError).fieldErrors).toEqual({ birthDate: ['PersonWizard.birth_date_disagrees_iin'] });
    const [person] = await db.select().from(persons).where(eq(persons.id, staff.personId));
    expect(person!.surname).toBe('Сәрсенбаева');
  });

  it('keeps the last admin: the right cannot be taken away and the person cannot be removed', async () => {
    const adminData = { surname: 'Омарханова', name: 'Ақжанай', patronymic: '', birthDate: '1985-04-20', email: '', phone: '' };
    const error = await updatePersonInOrg(db, { orgId, actor: adminUser, personId: admin.personId, membershipId: admin.membershipId, personData: adminData, membershipData: { ...rights, isAdmin: false }, today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).fieldErrors).toEqual({ isAdmin: ['AdminPeople.last_admin'] });
    const removal = await archivePersonInOrg(db, { orgId, personId: admin.personId, actorUserId: admin.userId }).catch((e: unknown) => e);
    expect((removal as ActionError).messageKey).toBe('AdminPeople.last_admin');
    const [row] = await db.select().from(memberships).where(eq(memberships.id, admin.membershipId));
    expect(row).toMatchObject({ isAdmin: true, archivedAt: null });
  });

  it('lets an admin lose the right once another admin exists', async () => {
    const second = await addPerson(db, { surname: 'Второй', name: 'Админ' });
    const m = await addMembership(db, { personId: second.personId, orgId, isAdmin: true });
    const data = { surname: 'Второй', name: 'Админ', patronymic: '', birthDate: '1985-04-20', email: '', phone: '' };
    await updatePersonInOrg(db, { orgId, actor: adminUser, personId: second.personId, membershipId: m.id, personData: data, membershipData: { ...rights, isAdmin: false }, today });
    const [row] = await db.select().from(memberships).where(eq(memberships.id, m.id));
    expect(row!.isAdmin).toBe(false);
  });
});

describe('remove and restore', () => {
  it('moves the person to the Archive; their next request has no rights here, their account still signs in; restore brings all back', async () => {
    const org = (await loadOrgAuth(db, orgId))!;
    const before = await loadCurrentUser(db, staff.userId);
    expect(can(before, 'org.people.view', org)).toBe(true);
    await archivePersonInOrg(db, { orgId, personId: staff.personId, actorUserId: admin.userId });
    const after = await loadCurrentUser(db, staff.userId);
    expect(can(after, 'org.people.view', org)).toBe(false);
    expect((await authenticate(db, { login: 'worker', password: 'secret-password', address: null })).ok).toBe(true);

    const list = await listActivePeople(db, { orgId, search: '', role: null, page: 1 });
    expect(list.rows.map((r) => r.personId)).not.toContain(staff.personId);
    const archive = await listArchivedMemberships(db, { orgId, search: 'сәрсен', page: 1 });
    expect(archive.rows).toEqual([expect.objectContaining({ membershipId: staff.membershipId, personId: staff.personId, role: 'employee' })]);
    expect(archive.total).toBe(1);
    expect(await listArchivedMemberships(db, { orgId, search: 'сәрсен', page: 2 })).toEqual({ rows: [], total: 1, pageSize: archive.pageSize });

    await restoreMembership(db, { orgId, membershipId: staff.membershipId, actorUserId: admin.userId });
    const [row] = await db.select().from(memberships).where(eq(memberships.id, staff.membershipId));
    expect(row).toMatchObject({ archivedAt: null, isEditor: true, position: 'Главный специалист' });
    expect(can(await loadCurrentUser(db, staff.userId), 'org.people.view', org)).toBe(true);
    expect((await listArchivedMemberships(db, { orgId, search: '', page: 1 })).total).toBe(0);
    const restoreTwice = await restoreMembership(db, { orgId, membershipId: staff.membershipId, actorUserId: admin.userId }).catch((e: unknown) => e);
    expect((restoreTwice as ActionError).messageKey).toBe('AdminPeople.not_archived');
  });

  it('refuses to restore a role the person holds here again', async () => {
    const p = await addPerson(db, { surname: 'Қайта', name: 'Келген' });
    const old = await addMembership(db, { personId: p.personId, orgId, archived: true });
    await addMembership(db, { personId: p.personId, orgId });
    const error = await restoreMembership(db, { orgId, membershipId: old.id, actorUserId: admin.userId }).catch((e: unknown) => e);
    expect((error as ActionError).messageKey).toBe('AdminPeople.already_active');
  });

  it('shows the history of the person with who did what, newest first', async () => {
    const history = await getPersonHistory(db, { orgId, personId: staff.personId, page: 1 });
    expect(history.rows.map((r) => r.action)).toEqual(['membership.restore', 'membership.archive', 'membership.update', 'person.update']);
    expect(history.rows[0]).toMatchObject({ actorSurname: 'Омарханова' });
  });
});

describe('list', () => {
  it('searches by parts of the name, filters by role and marks registered users', async () => {
    const result = await listActivePeople(db, { orgId, search: 'дина сәрс', role: 'employee', page: 1 });
    expect(result.rows).toEqual([expect.objectContaining({ personId: staff.personId, userId: staff.userId, roles: ['employee'], isEditor: true })]);
    expect((await listActivePeople(db, { orgId, search: '', role: 'leader', page: 1 })).total).toBe(0);
    expect((await listActivePeople(db, { orgId, search: '100%_', role: null, page: 1 })).total).toBe(0);
  });

  it('gives the same total with its page and past the last page', async () => {
    const first = await listActivePeople(db, { orgId, search: '', role: null, page: 1 });
    expect(first.total).toBeGreaterThan(0);
    expect(first.total).toBe(new Set(first.rows.map((r) => r.personId)).size);
    expect(await listActivePeople(db, { orgId, search: '', role: null, page: 50 })).toEqual({ rows: [], total: first.total, pageSize: first.pageSize });
  });

  it('finds two letters and one letter anywhere in the name, as the People tab does (lib/people/name-search)', async () => {
    const found = async (search: string) => (await listActivePeople(db, { orgId, search, role: 'employee', page: 1 })).rows.map((r) => r.personId);
    expect(await found('ИН СӘ')).toEqual([staff.personId]);
    expect(await found('ә')).toEqual([staff.personId]);
    expect(await found('ди ъъ')).toEqual([]);
  });

  it('finds a person of the organisation only', async () => {
    const other = (await addOrg(db, 'authority', 'Other')).id;
    expect(await getPersonInOrg(db, { orgId: other, personId: staff.personId })).toBeNull();
    expect(await getPersonInOrg(db, { orgId, personId: staff.personId })).toMatchObject({ userId: staff.userId, active: [expect.objectContaining({ id: staff.membershipId })] });
  });
});

describe('invitation and registration', () => {
  it('turns an invitation into an account once; the person then signs in with their own login', async () => {
    const p = await addPerson(db, { surname: 'Жаңа', name: 'Адам', email: 'new@mail.kz' });
    await addMembership(db, { personId: p.personId, orgId });
    const first = await issueInvitation(db, { personId: p.personId, organizationId: orgId, actorUserId: admin.userId });
    const second = await issueInvitation(db, { personId: p.personId, organizationId: orgId, actorUserId: admin.userId });
    // Reissue voided the first one.
    expect(await checkInvitation(db, { login: first.login, password: first.password })).toEqual({ ok: false, reason: 'credentials' });
    expect(await checkInvitation(db, { login: second.login.toUpperCase(), password: second.password.toUpperCase() })).toMatchObject({ ok: true, fullName: 'Жаңа Адам' });
    expect(await checkInvitation(db, { login: second.login, password: 'wrong-password' })).toEqual({ ok: false, reason: 'credentials' });

    const taken = await registerWithInvitation(db, { invitationLogin: second.login, invitationPassword: second.password, login: 'worker', password: 'my-password', passwordConfirm: 'my-password' });
    expect(taken).toEqual({ ok: false, reason: 'login_taken' });
    const done = await registerWithInvitation(db, { invitationLogin: second.login, invitationPassword: second.password, login: 'zhana.adam', password: 'my-password', passwordConfirm: 'my-password' });
    expect(done).toMatchObject({ ok: true, login: 'zhana.adam' });
    const [user] = await db.select().from(users).where(eq(users.personId, p.personId));
    expect(user).toMatchObject({ login: 'zhana.adam', email: 'new@mail.kz' });
    const rows = await db.select().from(invitations).where(eq(invitations.personId, p.personId));
    expect(rows.filter((r) => r.usedAt !== null)).toHaveLength(1);
    expect(rows.every((r) => r.usedAt !== null || r.voidedAt !== null)).toBe(true);
    const reuse = await registerWithInvitation(db, { invitationLogin: second.login, invitationPassword: second.password, login: 'someone.else', password: 'my-password', passwordConfirm: 'my-password' });
    expect(reuse).toEqual({ ok: false, reason: 'credentials' });
    expect((await authenticate(db, { login: 'zhana.adam', password: 'my-password', address: null })).ok).toBe(true);
  });

  it('slows down repeated wrong one-time passwords for one invitation login', async () => {
    const p = await addPerson(db, { surname: 'Тест', name: 'Тестов' });
    const invitation = await issueInvitation(db, { personId: p.personId, organizationId: orgId, actorUserId: admin.userId });
    for (let i = 0; i < 5; i++) await checkInvitation(db, { login: invitation.login, password: `wrong-${i}` });
    expect(await checkInvitation(db, { login: invitation.login, password: invitation.password })).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('checks at most five of 30 parallel one-time passwords for one invitation login', async () => {
    const p = await addPerson(db, { surname: 'Жарыс', name: 'Тест' });
    const invitation = await issueInvitation(db, { personId: p.personId, organizationId: orgId, actorUserId: admin.userId });
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => checkInvitation(db, { login: invitation.login, password: `wrong-${i}` })));
    // 'credentials' is answered only after the one-time password was checked; 'throttled' before.
    expect(results.filter((r) => !r.ok && r.reason === 'credentials')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(25);
  });
});
