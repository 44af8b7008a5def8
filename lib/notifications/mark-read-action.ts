'use server';

import { z } from 'zod';
import { ownCommand } from '@/lib/command';
import { idField } from '@/lib/ids';
import { serverAction } from '@/lib/server-action';
import { markRead } from './inbox';

/**
 * "I have read it" (F-4.4): a recipient marks a message read; only their own row can change (the
 * person comes from the session). Apart from the authors' actions (./actions.ts) so that the
 * recipient's page reaches none of their messages (lib/i18n/client-messages.ts, area `inbox`):
 * every parent and teacher opens it when a notification goes out.
 */
export const markReadAction = serverAction(
  ownCommand(z.object({ notificationId: idField }), 'a recipient’s own inbox row; the person comes from the session', async (db, input, { user }) => {
    const result = await markRead(db, { personId: user.personId, notificationId: input.notificationId });
    return { readAt: result.readAt.toISOString() };
  }),
);
