'use server';

import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { getDb } from '@/db';
import { action, ActionError, ownRowsOnly } from '@/lib/action';
import type { Command } from '@/lib/command';
import { getEnv } from '@/lib/env';
import { formatCalendarDate } from '@/lib/time/calendar-date';
import { deleteCommand, publishCommand, saveAudienceCommand, saveContentCommand } from './commands';
import { markRead } from './inbox';
import { getNotification } from './list';
import { sendReminder, type ReminderMail } from './remind';
import { markReadSchema, notificationRefSchema } from './schemas';

/**
 * The Notifications server actions. Nothing here is on the public site, so no cache tag is
 * expired; the pages are rendered per request.
 */
const run = <S extends z.ZodType, T>(cmd: Command<S, T>) => action(cmd.schema, cmd.permission, (input, ctx) => cmd.run(getDb(), input, ctx));

export const saveContentAction = run(saveContentCommand);
export const saveAudienceAction = run(saveAudienceCommand);
export const publishAction = run(publishCommand);
export const deleteNotificationAction = run(deleteCommand);

/** A recipient marks a message read; only their own row can change (person from the session). */
export const markReadAction = action(markReadSchema, ownRowsOnly('a recipient’s own inbox row; the person comes from the session'), async (input, { user }) => {
  const result = await markRead(getDb(), { personId: user.personId, notificationId: input.notificationId });
  return { readAt: result.readAt.toISOString() };
});

/**
 * The reminder mail in Kazakh and Russian: a recipient's language is not stored, and these are
 * the two languages of the country's schools. The link opens the message in their inbox.
 */
async function reminderMail(orgId: number, notificationId: number): Promise<ReminderMail> {
  const notification = await getNotification(getDb(), { orgId, notificationId });
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

export const remindAction = action(notificationRefSchema, 'org.notifications.manage', async (input, { user }) => {
  const mail = await reminderMail(input.orgId, input.notificationId);
  const result = await sendReminder(getDb(), { userId: user.id, orgId: input.orgId, notificationId: input.notificationId, mail });
  return { reminded: result.reminded, at: result.at.toISOString() };
});
