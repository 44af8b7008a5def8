'use server';

import { serverAction } from '@/lib/server-action';
import { reissueInvitationCommand, removePersonCommand, restorePersonCommand, updatePersonCommand } from './person-commands';

/** Edit (F-3.3), remove and restore (F-3.4), reissue an invitation (lib/people/person-commands.ts). */
export const updatePerson = serverAction(updatePersonCommand);
export const removePerson = serverAction(removePersonCommand);
export const restorePerson = serverAction(restorePersonCommand);
export const reissueInvitation = serverAction(reissueInvitationCommand);
