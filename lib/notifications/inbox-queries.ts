import 'server-only';
import { getDb } from '@/db';
import { getInboxItem, listInbox } from './inbox';

/**
 * The recipients' reads (the inbox pages) on the app's database; the authors' are ./queries.ts.
 * Apart, so the inbox pages reach none of the authors' code and messages (lib/i18n/client-messages.ts).
 */
export const getInboxPage = (personId: number, page: number) => listInbox(getDb(), { personId, page });
export const getInboxNotification = (personId: number, notificationId: number) => getInboxItem(getDb(), { personId, notificationId });
