'use server';

import { z } from 'zod';
import { command } from '@/lib/command';
import { idField } from '@/lib/ids';
import { serverAction } from '@/lib/server-action';
import { restoreMembership } from './membership-restore';

/**
 * Restore (F-3.4) from the Archive tab: admins of the organisation only. Apart from
 * ./person-actions.ts so that the list's form reaches none of the person commands' messages
 * (lib/i18n/client-messages.ts); the public site lists leaders and admins, hence the 'profile' tag.
 */
export const restorePerson = serverAction(
  command(
    z.object({ orgId: idField, membershipId: idField }),
    'org.people.manage',
    (db, input, { user }) => restoreMembership(db, { orgId: input.orgId, membershipId: input.membershipId, actorUserId: user.id }),
    { expires: ['profile' as const] },
  ),
);
