import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, invitations, mailOutbox, memberships, persons } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { verifyPassword } from '@/lib/auth/password';
import { buildIin } from '@/lib/people/iin';
import { normalizeOneTimePassword } from '@/lib/people/invitations/secrets';
import { batchRows, batchSummary, previewImport } from '@/lib/people/import/batch';
import { commitImport } from '@/lib/people/import/commit';
import { AUTHORITY_ROLES } from '@/lib/people/roles';
import type { InvitationMail } from '@/lib/people/wizard/plan';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const today = '2026-03-10';
const mail: InvitationMail = ({ to, login }) => ({ to, subject: 'Invitation', text: login, secret: true });
let orgId = 0;
let userId = 0;
let knownIin = '';

beforeAll(async () => {
  orgId = (await addOrg(db)).id;
  const admin = await addPerson(db, { surname: 'Админ', name: 'Бар', login: 'importer' });
  userId = admin.userId!;
  await addMembership(db, { personId: admin.personId, orgId, isAdmin: true });
  knownIin = (await addPerson(db, { surname: 'Бар', name: 'Адам', birthDate: '1970-01-01', sex: 'male' })).iin;
});

const header = 'Role,Arrival date,Surname,Name,Patronymic,Birth date,Sex,IIN,E-mail,Phone';
const row = (iin: string, surname: string, email = '') => `Employee,2025-09-01,${surname},Ержан,,${iinDate(iin)},Male,${iin},${email},`;
const iinDate = (iin: string) => `19${iin.slice(0, 2)}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
const file = (lines: string[]) => new TextEncoder().encode([header, ...lines].join('\n'));
const preview = (lines: string[]) => previewImport(db, { orgId, userId, fileName: 'people.csv', bytes: file(lines), roles: AUTHORITY_ROLES, today });

describe('import', () => {
  const iins = [1, 2, 3, 4].map((n) => buildIin('1985-06-0' + n, 'male', 100 + n)!);

  it('previews without writing people: counts, rows with errors, known IINs', async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(persons);
    const result = await preview([row(iins[0]!, 'Бірінші', 'one@mail.kz'), row(iins[1]!, 'Екінші'), row(knownIin, 'Белгілі'), row('123', 'Қате')]);
    expect(result).toMatchObject({ ok: true, total: 4, valid: 2, invalid: 2 });
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(persons);
    expect(after[0]!.n).toBe(before[0]!.n);
    if (!result.ok) return;
    const errors = await batchRows(db, { orgId, batchId: result.batchId, onlyErrors: true, limit: 10, offset: 0 });
    expect(errors.map((r) => [r.line, r.errors])).toEqual([
      [4, { iin: ['PersonImport.iin_exists'] }],
      [5, expect.objectContaining({ iin: ['PersonWizard.iin_format'] })],
    ]);
    expect(await batchSummary(db, { orgId: orgId + 1000, batchId: result.batchId })).toBeNull();
  });

  it('commits all valid rows in one go, once; rows that stopped passing join the error list', async () => {
    const result = await preview([row(iins[2]!, 'Үшінші', 'three@mail.kz'), row(iins[3]!, 'Төртінші'), row('1', 'Қате')]);
    if (!result.ok) throw new Error('preview failed');
    // Someone adds a person with one of the IINs between the preview and Confirm.
    await db.insert(persons).values({ surname: 'Жылдам', name: 'Адам', birthDate: iinDate(iins[3]!), sex: 'male', iin: iins[3]! });

    const args = { orgId, batchId: result.batchId, userId, roles: AUTHORITY_ROLES, today, invitationMail: mail };
    const committed = await commitImport(db, args);
    expect(committed).toMatchObject({ created: 1, failed: 2 });
    const [invitation] = committed.invitations;
    expect(invitation).toMatchObject({ line: 2, fullName: 'Үшінші Ержан' });

    const [person] = await db.select().from(persons).where(eq(persons.iin, iins[2]!));
    const [membership] = await db.select().from(memberships).where(eq(memberships.personId, person!.id));
    expect(membership).toMatchObject({ organizationId: orgId, role: 'employee', arrivalDate: '2025-09-01' });
    const [stored] = await db.select().from(invitations).where(eq(invitations.personId, person!.id));
    expect(stored!.login).toBe(invitation!.login);
    expect(await verifyPassword(stored!.passwordHash, normalizeOneTimePassword(invitation!.password))).toBe(true);
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'three@mail.kz'));
    expect(mails).toHaveLength(1);
    // The bulk insert keeps the invitation's secret flag.
    expect(mails[0]).toMatchObject({ secret: true, textBody: invitation!.login });
    const events = await db.select().from(auditEvents).where(inArray(auditEvents.entityId, [String(person!.id), String(membership!.id)]));
    expect(events.map((e) => e.action).sort()).toEqual(['invitation.issue', 'membership.create', 'person.import']);

    const errors = await batchRows(db, { orgId, batchId: result.batchId, onlyErrors: true, limit: 10, offset: 0 });
    expect(errors.map((r) => [r.line, r.errors?.iin])).toEqual([
      [3, ['PersonImport.iin_exists']],
      [4, ['PersonWizard.iin_format']],
    ]);
    const again = await commitImport(db, args).catch((e: unknown) => e);
    expect((again as ActionError).messageKey).toBe('PersonImport.batch_gone');
    expect(await db.select().from(persons).where(eq(persons.iin, iins[2]!))).toHaveLength(1);
  });

  it('refuses a file with a wrong column and stores nothing', async () => {
    const result = await previewImport(db, { orgId, userId, fileName: 'x.csv', bytes: new TextEncoder().encode('Surname,Salary\nА,1'), roles: AUTHORITY_ROLES, today });
    expect(result).toEqual({ ok: false, problem: { key: 'columns_unknown', columns: ['Salary'] } });
  });
});
