'use server';

import { serverAction } from '@/lib/server-action';
import { deleteCommand, publishCommand, remindableCountCommand, remindCommand, saveAudienceCommand, saveContentCommand } from './commands';

/** The Notifications server actions of their authors (lib/notifications/commands.ts); the recipients' is ./mark-read-action.ts. */
export const saveContentAction = serverAction(saveContentCommand);
export const saveAudienceAction = serverAction(saveAudienceCommand);
export const publishAction = serverAction(publishCommand);
export const deleteNotificationAction = serverAction(deleteCommand);
export const remindAction = serverAction(remindCommand);
export const remindableCountAction = serverAction(remindableCountCommand);
