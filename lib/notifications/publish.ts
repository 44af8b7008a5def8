import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { memberships, notificationRecipients, notificationOrganizations, notifications } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { created, deleted, recordAudit } from '@/lib/audit/record';
import { fieldErrorsOf } from '@/lib/action-core';
import { consumeDraftRow } from '@/lib/wizard-draft-store';
import { audienceCondition, audienceOrganizationIds } from './network';
import { notificationContent } from './schemas';
import { assertReadByNotPast, authorityOf, DRAFT_KIND, draftFromRow } from './wizard-draft';

/**
 * Publish: the draft checked again as a whole, then in one transaction the notification, its
 * recipients resolved from the audience by one INSERT … SELECT (each person once, archived
 * memberships never), and the audit event. The draft is deleted in that transaction, and its id
 * is the notification's publish key: a second Publish (a double click, a resent form) waits for
 * the first, finds no draft and answers with the notification already published.
 */
export async function publishNotification(
  db: DbExecutor,
  args: { userId: number; orgId: number; draftId: string; now?: Date },
): Promise<{ notificationId: number; recipients: number; alreadyPublished: boolean }> {
  const authority = await authorityOf(db, args.orgId);
  return db.transaction(async (tx) => {
    const row = await consumeDraftRow(tx, DRAFT_KIND, args.draftId, args);
    if (!row) {
      const [done] = await tx
        .select({ id: notifications.id, recipients: notifications.recipientCount })
        .from(notifications)
        .where(and(eq(notifications.publishKey, args.draftId), eq(notifications.organizationId, args.orgId)));
      if (done) return { notificationId: done.id, recipients: done.recipients, alreadyPublished: true };
      throw new ActionError('NotificationWizard.draft_missing');
    }
    const draft = draftFromRow(row);
    const content = notificationContent.safeParse({ ...draft.content, readBy: draft.content.readBy ?? '' });
    if (!content.success) throw new ActionError('NotificationWizard.content_invalid', fieldErrorsOf(content.error));
    assertReadByNotPast(content.data.readBy, authority.timeZone, args.now ?? new Date());
    if (draft.audience.length === 0) throw new ActionError('NotificationWizard.audience_required', { audience: ['NotificationWizard.audience_required'] });

    const [notification] = await tx
      .insert(notifications)
      .values({ organizationId: args.orgId, ...content.data, audience: draft.audience, createdByUserId: args.userId, publishKey: args.draftId })
      .returning({ id: notifications.id });
    const id = notification!.id;
    // Enough memory to deduplicate a city's people without spilling to disk, for this transaction.
    await tx.execute(sql`set local work_mem = '64MB'`);
    // In person order: the primary key (notification_id, person_id) is then filled left to right.
    const inserted = await tx.execute(sql`
      insert into ${notificationRecipients} (notification_id, person_id)
      select ${id}::int, person_id from (
        select distinct ${memberships.personId} as person_id from ${memberships}
        where ${audienceCondition(args.orgId, draft.audience)}
      ) as audience
      order by person_id`);
    const recipients = inserted.count;
    // Throwing rolls everything back, the draft included, so the author can change the audience.
    if (recipients === 0) throw new ActionError('NotificationWizard.audience_empty', { audience: ['NotificationWizard.audience_empty'] });
    await tx.update(notifications).set({ recipientCount: recipients }).where(eq(notifications.id, id));
    await tx.execute(sql`
      insert into ${notificationOrganizations} (notification_id, organization_id)
      select ${id}::int, id from (${audienceOrganizationIds(args.orgId, draft.audience)}) as reached`);
    await recordAudit(tx, {
      actorUserId: args.userId,
      organizationId: args.orgId,
      action: 'notification.publish',
      entity: 'notification',
      entityId: id,
      changes: created({ title: content.data.title, readBy: content.data.readBy, audience: draft.audience, recipientCount: recipients }),
    });
    return { notificationId: id, recipients, alreadyPublished: false };
  });
}

/** Delete: it leaves every inbox at once; the audit event keeps what it said and whom it reached. */
export async function deleteNotification(db: DbExecutor, args: { userId: number; orgId: number; notificationId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(notifications)
      .where(and(eq(notifications.id, args.notificationId), eq(notifications.organizationId, args.orgId)))
      .returning();
    if (!gone) throw new ActionError('Notifications.not_found');
    // Its organisations go by cascade; recipients have no foreign key (see db/schema/notifications.ts).
    await tx.delete(notificationRecipients).where(eq(notificationRecipients.notificationId, gone.id));
    await recordAudit(tx, {
      actorUserId: args.userId,
      organizationId: args.orgId,
      action: 'notification.delete',
      entity: 'notification',
      entityId: gone.id,
      changes: deleted({
        title: gone.title,
        body: gone.body,
        readBy: gone.readBy,
        audience: gone.audience,
        publishedAt: gone.publishedAt,
        recipientCount: gone.recipientCount,
        readCount: gone.readCount,
      }),
    });
  });
}
