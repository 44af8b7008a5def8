'use server';

import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db';
import { action } from '@/lib/action';
import { invalidateOrg } from '@/lib/cache';
import { invitationMailIn, localeField, orgForAction } from './action-support';
import { commitImport } from './import/commit';
import { rolesForKind } from './roles';
import { idField } from '@/lib/ids';

/** Confirm of a previewed import: all valid rows in one transaction (upload is a route handler). */
export const confirmImport = action(
  z.object({ orgId: idField, batchId: z.string().uuid('PersonImport.batch_gone'), locale: localeField }),
  'org.people.manage',
  async (input, { user }) => {
    const org = await orgForAction(input.orgId);
    const result = await commitImport(getDb(), {
      orgId: input.orgId,
      batchId: input.batchId,
      userId: user.id,
      roles: rolesForKind(org.kind),
      today: org.today,
      invitationMail: await invitationMailIn(input.locale, org.shortName),
    });
    if (result.created > 0) invalidateOrg(input.orgId, 'profile');
    return result;
  },
);
