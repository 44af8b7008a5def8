'use server';

import { serverAction } from '@/lib/server-action';
import { reissueInvitationCommand, removePersonCommand, updatePersonCommand } from './person-commands';

/** Edit (F-3.3), remove (F-3.4), reissue an invitation (lib/people/person-commands.ts); restore: ./restore-action.ts. */
export const updatePerson = serverAction(updatePersonCommand);
export const removePerson = serverAction(removePersonCommand);
export const reissueInvitation = serverAction(reissueInvitationCommand);
