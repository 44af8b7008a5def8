import { getTranslations } from 'next-intl/server';
import type { DbExecutor } from '@/db';
import { ActionError } from '@/lib/action-core';
import { command } from '@/lib/command';
import { getEnv } from '@/lib/env';
import { formatCalendarDate } from '@/lib/time/calendar-date';
import { deleteNotification, publishNotification } from './publish';
import { getNotification } from './list';
import { countRemindable, type ReminderMail, sendReminder } from './remind';
import { audienceStepSchema, contentStepSchema, notificationRefSchema, publishSchema } from './schemas';
import { saveDraftAudience, saveDraftContent } from './wizard-draft';

/**
 * The Notifications writes, run by the one runner (lib/command.ts) for the 'use server' file and
 * the database tests alike. Admins and editors of the authority only (org.notifications.manage),
 * but for a recipient marking their own message read. Nothing here is on the public site, so no
 * cache tag is expired; the pages are rendered per request.
 */

export const saveContentCommand = command(contentStepSchema, 'org.notifications.manage', (db, input, { user }) =>
  saveDraftContent(db, { userId: user.id, orgId: input.orgId, draftId: input.draftId, content: { title: input.title, body: input.body, readBy: input.readBy } }),
);

export const saveAudienceCommand = command(audienceStepSchema, 'org.notifications.manage', (db, input, { user }) =>
  saveDraftAudience(db, { userId: user.id, orgId: input.orgId, draftId: input.draftId, audience: input.audience }),
);

export const publishCommand = command(publishSchema, 'org.notifications.manage', (db, input, { user }) =>
  publishNotification(db, { userId: user.id, orgId: input.orgId, draftId: input.draftId }),
);

export const deleteCommand = command(notificationRefSchema, 'org.notifications.manage', (db, input, { user }) =>
  deleteNotification(db, { userId: user.id, orgId: input.orgId, notificationId: input.notificationId }),
);

/**
 * The reminder mail in Kazakh and Russian: a recipient's language is not stored, and these are
 * the two languages of the country's schools. The link opens the message in their inbox.
 */
async function reminderMail(db: DbExecutor, orgId: number, notificationId: number): Promise<ReminderMail> {
  const notification = await getNotification(db, { orgId, notificationId });
  if (!notification) throw new ActionError('Notifications.not_found');
  const base = (getEnv().NEXTAUTH_URL ?? '').replace(/\/$/, '');
  const parts = await Promise.all(
    (['kk', 'ru'] as const).map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'Notifications' });
      const lines = [t('reminder_body', { title: notification.title, organization: notification.organizationName })];
      if (notification.readBy) lines.push(t('reminder_deadline', { date: formatCalendarDate(notification.readBy, locale) }));
      lines.push(t('reminder_link', { link: `${base}/${locale}/inbox/${notificationId}` }));
      return { subject: t('reminder_subject', { title: notification.title }), text: lines.join('\n') };
    }),
  );
  return { subject: `${parts[0]!.subject} / ${parts[1]!.subject}`, textBody: parts.map((p) => p.text).join('\n\n---\n\n') };
}

/**
 * How many a reminder would go to now, asked when Remind's confirmation opens: counting the unread
 * recipients with an e-mail takes a second for a city-wide message, which the page no longer pays
 * on every visit. Only for the organisation's own messages.
 */
export const remindableCountCommand = command(notificationRefSchema, 'org.notifications.manage', async (db, input) => {
  if (!(await getNotification(db, { orgId: input.orgId, notificationId: input.notificationId }))) throw new ActionError('Notifications.not_found');
  return { count: await countRemindable(db, input.notificationId) };
});

export const remindCommand = command(notificationRefSchema, 'org.notifications.manage', async (db, input, { user }) => {
  const mail = await reminderMail(db, input.orgId, input.notificationId);
  const result = await sendReminder(db, { userId: user.id, orgId: input.orgId, notificationId: input.notificationId, mail });
  return { reminded: result.reminded, at: result.at.toISOString() };
});
