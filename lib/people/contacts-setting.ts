import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { ownCommand } from '@/lib/command';
import { showContactsSchema } from './schemas';

/**
 * The signed-in user opens or closes their own contacts on their personal page. No user id is
 * taken from the input: a user can only ever change their own setting.
 */
export const showContactsCommand = ownCommand(
  showContactsSchema,
  'the signed-in user’s own contacts setting; the user id comes from the session',
  async (db, input, { user }) => {
    await db.update(users).set({ showContacts: input.showContacts }).where(eq(users.id, user.id));
    return { showContacts: input.showContacts };
  },
  { after: ['refresh'] },
);
