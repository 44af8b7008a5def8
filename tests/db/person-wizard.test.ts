import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, invitations, mailOutbox, memberships, persons, wizardDrafts } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { verifyPassword } from '@/lib/auth/password';
import type { CurrentUser } from '@/lib/auth/permissions';
import { buildIin } from '@/lib/people/iin';
import { normalizeOneTimePassword } from '@/lib/people/invitations/secrets';
import { orgBasics } from '@/lib/people/lookups';
import { createFromDraft, type InvitationMail, planFromDraft } from '@/lib/people/wizard/plan';
import { loadDraft, saveMethod, updateDraft } from '@/lib/people/wizard/drafts';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const today = '2026-03-10';
const mail: InvitationMail = ({ to, fullName, login, password }) => ({ to, subject: 'Invitation', text: `${fullName}: ${login} / ${password}` });

let orgId = 0;
let otherOrgId = 0;
let adminUserId = 0;
let admin: CurrentUser;

beforeAll(async () => {
  orgId = (await addOrg(db)).id;
  otherOrgId = (await addOrg(db, 'institution', 'School 1')).id;
  const boss = await addPerson(db, { surname: 'Омарханова', name: 'Ақжанай', login: 'boss' });
  adminUserId = boss.userId!;
  await addMembership(db, { personId: boss.personId, orgId, isAdmin: true });
  admin = (await loadCurrentUser(db, adminUserId))!;
});

async function draftWith(method: 'new' | 'user', values: Record<string, string>, existingPersonId?: number) {
  const draftId = await saveMethod(db, { draftId: null, userId: adminUserId, orgId, method });
  const draft = (await loadDraft(db, { draftId, userId: adminUserId, orgId }))!;
  await updateDraft(db, { ...draft, step: 3, data: { method, values, existingPersonId } });
  return draftId;
}

const newPerson = (birthDate: string, serial: number, extra: Record<string, string> = {}) => ({
  role: 'deputy',
  arrivalDate: '2025-09-01',
  surname: 'Жұмабаев',
  name: 'Арман',
  patronymic: '',
  birthDate,
  sex: 'male',
  iin: buildIin(birthDate, 'male', serial)!,
  email: '',
  phone: '',
  ...extra,
});

describe('the add-person wizard', () => {
  it('keeps a draft per user and organisation: another admin or organisation cannot read it', async () => {
    const draftId = await saveMethod(db, { draftId: null, userId: adminUserId, orgId, method: 'new' });
    expect(await loadDraft(db, { draftId, userId: adminUserId, orgId })).toMatchObject({ step: 2, data: { method: 'new', values: {} } });
    expect(await loadDraft(db, { draftId, userId: adminUserId, orgId: otherOrgId })).toBeNull();
    expect(await loadDraft(db, { draftId: 'not-a-uuid', userId: adminUserId, orgId })).toBeNull();
  });

  it('creates a new person with membership, invitation (hashed), audit events and the invitation mail in one go', async () => {
    const draftId = await draftWith('new', newPerson('1979-02-03', 10, { email: 'arman@example.kz', patronymic: 'Серікұлы' }));
    const created = await createFromDraft(db, { draftId, user: admin, orgId, today, invitationMail: mail });
    expect(created.fullName).toBe('Жұмабаев Арман Серікұлы');
    expect(created.invitation?.login).toMatch(/^inv-/);
    expect(created.mailed).toBe(true);
    const [membership] = await db.select().from(memberships).where(eq(memberships.personId, created.personId));
    expect(membership).toMatchObject({ organizationId: orgId, role: 'deputy', arrivalDate: '2025-09-01', isAdmin: false, archivedAt: null });
    const [invitation] = await db.select().from(invitations).where(eq(invitations.personId, created.personId));
    expect(invitation!.passwordHash).not.toContain(created.invitation!.password);
    expect(await verifyPassword(invitation!.passwordHash, normalizeOneTimePassword(created.invitation!.password))).toBe(true);
    const [outgoing] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'arman@example.kz'));
    expect(outgoing!.textBody).toContain(created.invitation!.login);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.actorUserId, adminUserId));
    expect(events.map((e) => e.action).sort()).toEqual(['invitation.issue', 'membership.create', 'person.create']);
    expect(events.find((e) => e.action === 'person.create')!.changes.surname).toEqual({ from: null, to: 'Жұмабаев' });
    expect(await db.select().from(wizardDrafts).where(eq(wizardDrafts.id, draftId))).toEqual([]);
  });

  it('creates one person when Create is pressed twice at once', async () => {
    const values = newPerson('1981-07-08', 11);
    const draftId = await draftWith('new', values);
    const results = await Promise.allSettled([1, 2].map(() => createFromDraft(db, { draftId, user: admin, orgId, today, invitationMail: mail })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ActionError);
    expect((failure.reason as ActionError).messageKey).toBe('PersonWizard.draft_gone');
    expect(await db.select().from(persons).where(eq(persons.iin, values.iin))).toHaveLength(1);
  });

  it('checks every step again at Create and writes nothing when a rule fails, keeping the draft', async () => {
    const draftId = await draftWith('new', newPerson('1982-01-01', 12, { birthDate: '1982-01-02' }));
    const error = await createFromDraft(db, { draftId, user: admin, orgId, today, invitationMail: mail }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).fieldErrors).toEqual({ birthDate: ['PersonWizard.birth_date_disagrees_iin'] });
    expect(await loadDraft(db, { draftId, userId: adminUserId, orgId })).not.toBeNull();
  });

  it('offers the person who already holds the IIN, and adds that person instead when chosen', async () => {
    const known = await addPerson(db, { surname: 'Ким', name: 'Олег', birthDate: '1975-10-10', sex: 'male' });
    await addMembership(db, { personId: known.personId, orgId: otherOrgId, role: 'teacher' });
    const values = newPerson('1975-10-10', 0, { iin: known.iin, surname: 'Ким', name: 'Олег' });
    const org = (await orgBasics(db, orgId))!;
    const offer = await planFromDraft(db, { org, data: { method: 'new', values }, today });
    expect(offer).toMatchObject({ status: 'iin_match', person: { personId: known.personId, surname: 'Ким' }, alreadyMember: false });
    const draftId = await draftWith('new', values, known.personId);
    const created = await createFromDraft(db, { draftId, user: admin, orgId, today, invitationMail: mail });
    expect(created.personId).toBe(known.personId);
    expect(await db.select().from(persons).where(eq(persons.iin, known.iin))).toHaveLength(1);
    const rows = await db.select().from(memberships).where(eq(memberships.personId, known.personId));
    expect(rows.map((m) => m.organizationId).sort()).toEqual([orgId, otherOrgId].sort());
    // Already a member now: the offer says so instead of adding twice.
    const again = await planFromDraft(db, { org, data: { method: 'new', values, existingPersonId: known.personId }, today });
    expect(again).toMatchObject({ status: 'iin_match', alreadyMember: true });
  });

  it('adds a user from another organisation by login or e-mail: a membership only, no invitation', async () => {
    const teacher = await addPerson(db, { surname: 'Сейтова', name: 'Айгүл', login: 'aigul', email: 'aigul@mail.kz' });
    await addMembership(db, { personId: teacher.personId, orgId: otherOrgId, role: 'teacher' });
    const values = { role: 'employee', arrivalDate: '2026-01-15', surname: 'сейтова', name: 'Айгүл', account: 'AIGUL@mail.kz' };
    const draftId = await draftWith('user', values);
    const created = await createFromDraft(db, { draftId, user: admin, orgId, today, invitationMail: mail });
    expect(created).toMatchObject({ personId: teacher.personId, invitation: null });
    expect(await db.select().from(invitations).where(eq(invitations.personId, teacher.personId))).toEqual([]);
    const org = (await orgBasics(db, orgId))!;
    const twice = await planFromDraft(db, { org, data: { method: 'user', values }, today });
    expect(twice).toEqual({ status: 'invalid', fieldErrors: { account: ['PersonWizard.already_member'] } });
  });

  it('says when the login or e-mail belongs to nobody, or to someone with another name', async () => {
    const org = (await orgBasics(db, orgId))!;
    const base = { role: 'employee', arrivalDate: '2026-01-15', surname: 'Сейтова', name: 'Айгүл' };
    expect(await planFromDraft(db, { org, data: { method: 'user', values: { ...base, account: 'nobody' } }, today })).toEqual({
      status: 'invalid',
      fieldErrors: { account: ['PersonWizard.user_not_found'] },
    });
    expect(await planFromDraft(db, { org, data: { method: 'user', values: { ...base, name: 'Дана', account: 'aigul' } }, today })).toEqual({
      status: 'invalid',
      fieldErrors: { account: ['PersonWizard.user_name_mismatch'] },
    });
  });

  it('does not issue a second invitation to a known person who is already invited', async () => {
    const known = await addPerson(db, { surname: 'Петров', name: 'Пётр', birthDate: '1970-01-01', sex: 'male' });
    await db.insert(invitations).values({ personId: known.personId, login: 'inv-zzzzzz', passwordHash: 'x' });
    const values = newPerson('1970-01-01', 0, { iin: known.iin, surname: 'Петров', name: 'Пётр' });
    const draftId = await draftWith('new', values, known.personId);
    const created = await createFromDraft(db, { draftId, user: admin, orgId, today, invitationMail: mail });
    expect(created.invitation).toBeNull();
    const open = await db.select().from(invitations).where(and(eq(invitations.personId, known.personId)));
    expect(open).toHaveLength(1);
  });
});
