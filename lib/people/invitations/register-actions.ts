'use server';

import { serverAction } from '@/lib/server-action';
import { registrationCommands } from './registration';

/** /register (lib/people/invitations/registration.ts): public, as no account exists yet; each step is throttled. */
export const checkRegistrationInvitation = serverAction(registrationCommands.check);
export const registerAccount = serverAction(registrationCommands.register);
