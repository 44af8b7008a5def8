import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { mailOutbox, notificationRecipients, notifications, persons, users } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { recordAudit } from '@/lib/audit/record';

/**
 * Remind: one outbox mail per recipient who has not read the message and has an e-mail (their
 * account's, else the one entered for the person), written in the transaction of the click as
 * every outbox mail is (DESIGN: Files and mail), so a reminder is counted, audited and queued
 * all or nothing; the outbox sender delivers and retries each address on its own.
 *
 * The rows are written in batches of REMINDER_BATCH recipients, walking the primary key by
 * person id: each statement stays short and bounded (locks, memory, statement timeouts) however
 * large the audience, and a city-wide reminder is ≈ 40 statements of set-based INSERT … SELECT,
 * not 200,000 round trips.
 */

export const REMINDER_BATCH = 5_000;

/** One reminder per message per this many minutes: a double click or an impatient author sends one. */
export const REMINDER_PAUSE_MINUTES = 10;

export type ReminderMail = { subject: string; textBody: string };

/** Where a recipient's reminder goes: their account's e-mail, else the one entered for the person. */
const reminderAddress = sql`coalesce(nullif(trim(${users.email}), ''), nullif(trim(${persons.email}), ''))`;

/** How many people a reminder would go to now: recipients who have not read it and have an e-mail. */
export async function countRemindable(db: DbExecutor, notificationId: number): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notificationRecipients)
    .innerJoin(persons, eq(persons.id, notificationRecipients.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(and(eq(notificationRecipients.notificationId, notificationId), sql`${notificationRecipients.readAt} is null`, sql`${reminderAddress} is not null`));
  return row?.count ?? 0;
}

export async function sendReminder(
  db: DbExecutor,
  args: { userId: number; orgId: number; notificationId: number; mail: ReminderMail },
): Promise<{ reminded: number; at: Date }> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(notifications)
      .set({ remindedAt: sql`now()` })
      .where(
        and(
          eq(notifications.id, args.notificationId),
          eq(notifications.organizationId, args.orgId),
          sql`(${notifications.remindedAt} is null or ${notifications.remindedAt} < now() - make_interval(mins => ${REMINDER_PAUSE_MINUTES}))`,
        ),
      )
      .returning({ at: notifications.remindedAt, previous: notifications.remindedCount });
    if (!claimed) {
      const [exists] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.id, args.notificationId), eq(notifications.organizationId, args.orgId)));
      throw new ActionError(exists ? 'Notifications.remind_too_soon' : 'Notifications.not_found');
    }

    const email = reminderAddress;
    let after = 0;
    let reminded = 0;
    for (;;) {
      const [batch] = await tx.execute<{ last: number | null; sent: number }>(sql`
        with batch as (
          select ${notificationRecipients.personId} as person_id from ${notificationRecipients}
          where ${notificationRecipients.notificationId} = ${args.notificationId}
            and ${notificationRecipients.readAt} is null
            and ${notificationRecipients.personId} > ${after}
          order by ${notificationRecipients.personId}
          limit ${REMINDER_BATCH}
        ), sent as (
          insert into ${mailOutbox} (to_address, subject, text_body)
          select ${email}, ${args.mail.subject}, ${args.mail.textBody}
          from batch
          join ${persons} on ${persons.id} = batch.person_id
          left join ${users} on ${users.personId} = ${persons.id}
          where ${email} is not null
          returning 1
        )
        select (select max(person_id) from batch) as last, (select count(*) from sent)::int as sent`);
      if (!batch || batch.last === null) break;
      after = Number(batch.last);
      reminded += Number(batch.sent);
    }
    if (reminded === 0) throw new ActionError('Notifications.remind_nobody');

    await tx.update(notifications).set({ remindedCount: reminded }).where(eq(notifications.id, args.notificationId));
    await recordAudit(tx, {
      actorUserId: args.userId,
      organizationId: args.orgId,
      action: 'notification.remind',
      entity: 'notification',
      entityId: args.notificationId,
      changes: { remindedCount: { from: claimed.previous, to: reminded } },
    });
    return { reminded, at: claimed.at! };
  });
}
