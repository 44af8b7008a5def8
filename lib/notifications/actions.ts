'use server';

import { serverAction } from '@/lib/server-action';
import { deleteCommand, markReadCommand, publishCommand, remindableCountCommand, remindCommand, saveAudienceCommand, saveContentCommand } from './commands';

/** The Notifications server actions (lib/notifications/commands.ts). */
export const saveContentAction = serverAction(saveContentCommand);
export const saveAudienceAction = serverAction(saveAudienceCommand);
export const publishAction = serverAction(publishCommand);
export const deleteNotificationAction = serverAction(deleteCommand);
export const markReadAction = serverAction(markReadCommand);
export const remindAction = serverAction(remindCommand);
export const remindableCountAction = serverAction(remindableCountCommand);
