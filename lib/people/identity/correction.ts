import { and, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/index';
import { memberships, persons } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { changesBetween, recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { idField } from '@/lib/ids';
import { todayIn } from '@/lib/time/calendar-date';
import { isUniqueViolation } from '../db-errors';
import { orgBasics } from '../lookups';
import { checkIdentity } from '../person-rules';

/**
 * Correcting a mistyped IIN, sex or the birth date bound to the IIN (F-3.3). Unlike the other
 * shared data (home organisation only), the admins of every organisation the person belongs to
 * may correct them: any of them may hold the papers that show the mistake. An admin of an
 * organisation the person does not belong to is refused. Checked as the wizard checks a new
 * person, unique, and written to the history of every organisation of the person.
 */

export type IdentityInput = { iin: unknown; sex: unknown; birthDate: unknown };

export async function correctIdentity(
  db: DbExecutor,
  args: { orgId: number; actorUserId: number; personId: number; input: IdentityInput; today: string },
): Promise<{ changed: boolean }> {
  const checked = checkIdentity(args.input, { today: args.today });
  if (!checked.ok) throw new ActionError('invalid', checked.fieldErrors);
  const value = checked.value;
  try {
    return await db.transaction(async (tx) => {
      const organizations = await tx
        .selectDistinct({ id: memberships.organizationId })
        .from(memberships)
        .where(and(eq(memberships.personId, args.personId), isNull(memberships.archivedAt)));
      if (!organizations.some((o) => o.id === args.orgId)) throw new ActionError('AdminPeople.not_member');
      const [current] = await tx
        .select({ iin: persons.iin, sex: persons.sex, birthDate: persons.birthDate })
        .from(persons)
        .where(eq(persons.id, args.personId))
        .for('update');
      if (!current) throw new ActionError('AdminPeople.not_member');
      const changes = changesBetween(current, value);
      if (Object.keys(changes).length === 0) return { changed: false };
      const [holder] = await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.iin, value.iin), ne(persons.id, args.personId)));
      if (holder) throw new ActionError('invalid', { iin: ['PersonWizard.iin_exists'] });
      await tx.update(persons).set(value).where(eq(persons.id, args.personId));
      // Every organisation of the person shows the correction in the person's history.
      await recordAudit(
        tx,
        organizations.map((org) => ({ actorUserId: args.actorUserId, organizationId: org.id, action: 'person.identity', entity: 'person', entityId: args.personId, changes })),
      );
      return { changed: true };
    });
  } catch (error) {
    // Two corrections to the same IIN at once: the second meets the unique index.
    if (isUniqueViolation(error)) throw new ActionError('invalid', { iin: ['PersonWizard.iin_exists'] });
    throw error;
  }
}

const identitySchema = z.object({
  orgId: idField,
  personId: idField,
  iin: z.string().max(40, 'too_long').optional(),
  sex: z.string().max(10, 'invalid').optional(),
  birthDate: z.string().max(40, 'too_long').optional(),
});

/** Admins of the organisation (org.people.manage) correct the identity of a person who belongs to it. */
export const identityCommands = {
  correct: command(identitySchema, 'org.people.manage', async (db, input, { user }) => {
    const org = await orgBasics(db, input.orgId);
    if (!org) throw new ActionError('forbidden');
    return correctIdentity(db, {
      orgId: input.orgId,
      actorUserId: user.id,
      personId: input.personId,
      input: { iin: input.iin, sex: input.sex, birthDate: input.birthDate },
      today: todayIn(org.timeZone),
    });
  }, { expires: ['profile'] }),
};
