'use server';

import { serverAction } from '@/lib/server-action';
import { showContactsCommand } from './contacts-setting';

/** The signed-in user's own contacts setting on their personal page (lib/people/contacts-setting.ts). */
export const setShowContacts = serverAction(showContactsCommand);
