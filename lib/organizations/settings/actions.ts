'use server';

import { serverAction } from '@/lib/server-action';
import { updateAbout, updateContacts, updateLocalization } from './commands';

/**
 * Settings: About, Contacts, Localization (F-4.1, F-4.2, F-4.6): admins only, checked on every
 * call. Each other settings form has its actions in a file of its own (logo-actions.ts,
 * applications-email-actions.ts, ../subordinates/actions.ts, ../jurisdiction/actions.ts): a
 * page's client messages cover the message keys of what it imports (lib/i18n/client-messages.ts),
 * and one file for all sent every settings form's messages to every settings page.
 */
export const updateAboutAction = serverAction(updateAbout);
export const updateContactsAction = serverAction(updateContacts);
export const updateLocalizationAction = serverAction(updateLocalization);
