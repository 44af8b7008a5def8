'use server';

import { serverAction } from '@/lib/server-action';
import { identityCommands } from './correction';

/** Correct a mistyped IIN or sex (F-3.3): admins of any organisation the person belongs to. */
export const correctIdentity = serverAction(identityCommands.correct);
