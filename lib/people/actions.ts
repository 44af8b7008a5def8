'use server';

import 'server-only';
import { eq } from 'drizzle-orm';
import { refresh } from 'next/cache';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { action, ownRowsOnly } from '@/lib/action';
import { showContactsSchema } from './schemas';

/**
 * The signed-in user opens or closes their own contacts on their personal page. No user id is
 * taken from the input: a user can only ever change their own setting.
 */
export const setShowContacts = action(showContactsSchema, ownRowsOnly('the signed-in user’s own contacts setting; the user id comes from the session'), async (input, { user }) => {
  await getDb().update(users).set({ showContacts: input.showContacts }).where(eq(users.id, user.id));
  refresh();
  return { showContacts: input.showContacts };
});
