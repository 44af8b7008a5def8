import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, memberships, persons } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { getPersonHistory } from '@/lib/people/admin/queries';
import { buildIin } from '@/lib/people/iin';
import { identityCommands } from '@/lib/people/identity/correction';
import { addOrganization, addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

/** Issue 15 §4 (F-3.3): a mistyped IIN or sex corrected by the admins of the person's organisations. */

const { db } = await useTestDatabase();

let home = 0;
let second = 0;
let foreign = 0;
let personId = 0;
let otherIin = '';
let homeAdmin: CurrentUser;
let secondAdmin: CurrentUser;
let foreignAdmin: CurrentUser;
let secondStaff: CurrentUser;

const stored = async () => (await db.select({ iin: persons.iin, sex: persons.sex, birthDate: persons.birthDate }).from(persons).where(eq(persons.id, personId)))[0]!;
const correctedIin = buildIin('1985-03-14', 'male', 7311)!;

beforeAll(async () => {
  home = await addOrganization(db, { name: 'Home school', kind: 'institution' });
  second = await addOrganization(db, { name: 'Second school', kind: 'institution' });
  foreign = await addOrganization(db, { name: 'Foreign school', kind: 'institution' });
  homeAdmin = await currentUser(db, (await addPerson(db, { surname: 'Үйова', name: 'Айша', orgId: home, rights: { isAdmin: true } })).userId);
  secondAdmin = await currentUser(db, (await addPerson(db, { surname: 'Екінші', name: 'Бек', orgId: second, rights: { isAdmin: true } })).userId);
  foreignAdmin = await currentUser(db, (await addPerson(db, { surname: 'Бөгде', name: 'Дина', orgId: foreign, rights: { isAdmin: true } })).userId);
  secondStaff = await currentUser(db, (await addPerson(db, { surname: 'Мұғалімов', name: 'Ерлан', orgId: second, role: 'teacher' })).userId);
  // Home first: the person's oldest membership; the second school is another organisation of theirs.
  personId = (await addPerson(db, { surname: 'Қатебаева', name: 'Асан', orgId: home, role: 'teacher', registered: false })).personId;
  await db.insert(memberships).values({ personId, organizationId: second, role: 'teacher' });
  const other = await addPerson(db, { surname: 'Басқа', name: 'Адам', orgId: foreign });
  otherIin = (await db.select({ iin: persons.iin }).from(persons).where(eq(persons.id, other.personId)))[0]!.iin;
});

const correct = (user: CurrentUser, orgId: number, fields: Record<string, string>) =>
  runCommand(db, identityCommands.correct, user, { orgId: String(orgId), personId: String(personId), birthDate: '1985-03-14', ...fields });

describe('correcting a mistyped IIN or sex', () => {
  it('refuses an IIN with a wrong check digit, a sex or birth date the IIN contradicts, and an IIN another person holds, beside the fields', async () => {
    const before = await stored();
    const wrongDigit = `${correctedIin.slice(0, 11)}${(Number(correctedIin[11]) + 1) % 10}`;
    expect(await correct(secondAdmin, second, { iin: wrongDigit, sex: 'male' })).toMatchObject({ ok: false, fieldErrors: { iin: ['PersonWizard.iin_check_digit'] } });
    expect(await correct(secondAdmin, second, { iin: '12345', sex: 'male' })).toMatchObject({ ok: false, fieldErrors: { iin: ['PersonWizard.iin_format'] } });
    expect(await correct(secondAdmin, second, { iin: correctedIin, sex: 'female' })).toMatchObject({ ok: false, fieldErrors: { sex: ['PersonWizard.sex_disagrees_iin'] } });
    expect(await correct(secondAdmin, second, { iin: correctedIin, sex: 'male', birthDate: '1985-03-15' })).toMatchObject({
      ok: false,
      fieldErrors: { birthDate: ['PersonWizard.birth_date_disagrees_iin'] },
    });
    expect(await correct(secondAdmin, second, { iin: correctedIin, sex: '' })).toMatchObject({ ok: false, fieldErrors: { sex: ['PersonWizard.sex_required'] } });
    expect(await correct(secondAdmin, second, { iin: otherIin, sex: 'female' })).toMatchObject({ ok: false, fieldErrors: { iin: ['PersonWizard.iin_exists'] } });
    expect(await stored()).toEqual(before);
  });

  it('refuses admins of an organisation the person does not belong to, and staff without the admin right', async () => {
    const before = await stored();
    expect(await correct(foreignAdmin, foreign, { iin: correctedIin, sex: 'male' })).toMatchObject({ ok: false, messageKey: 'AdminPeople.not_member' });
    expect(await correct(foreignAdmin, home, { iin: correctedIin, sex: 'male' })).toMatchObject({ ok: false, messageKey: 'forbidden' });
    expect(await correct(secondStaff, second, { iin: correctedIin, sex: 'male' })).toMatchObject({ ok: false, messageKey: 'forbidden' });
    expect(await stored()).toEqual(before);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.identity'))).toEqual([]);
  });

  it('lets an admin of a second organisation (not the home) correct them, recorded in the history of every organisation of the person', async () => {
    const before = await stored();
    const result = await correct(secondAdmin, second, { iin: ` ${correctedIin.slice(0, 6)} ${correctedIin.slice(6)} `, sex: 'male' });
    expect(result).toEqual({ ok: true, data: { changed: true } });
    expect(await stored()).toEqual({ iin: correctedIin, sex: 'male', birthDate: '1985-03-14' });
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'person.identity'), eq(auditEvents.entityId, String(personId))));
    expect(events.map((e) => e.organizationId).sort()).toEqual([home, second].sort());
    expect(events[0]!.changes).toEqual({ iin: { from: before.iin, to: correctedIin }, sex: { from: 'female', to: 'male' } });
    for (const orgId of [home, second]) {
      const history = await getPersonHistory(db, { orgId, personId, page: 1 });
      expect(history.rows.map((r) => r.action)).toContain('person.identity');
    }
  });

  it('lets the home organisation correct them back; the same values again change nothing', async () => {
    const back = buildIin('1985-03-14', 'female', 7312)!;
    expect(await correct(homeAdmin, home, { iin: back, sex: 'female' })).toEqual({ ok: true, data: { changed: true } });
    expect(await correct(homeAdmin, home, { iin: back, sex: 'female' })).toEqual({ ok: true, data: { changed: false } });
    expect(await stored()).toEqual({ iin: back, sex: 'female', birthDate: '1985-03-14' });
  });
});
