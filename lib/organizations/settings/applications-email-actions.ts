'use server';

import { serverAction } from '@/lib/server-action';
import { confirmCodeCommand, sendCodeCommand } from './applications-email';

/** Settings, the e-mail for e-applications with its confirmation code (F-4.7): admins only, checked on every call. */
export const sendApplicationsEmailCodeAction = serverAction(sendCodeCommand);
export const confirmApplicationsEmailAction = serverAction(confirmCodeCommand);
