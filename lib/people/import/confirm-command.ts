import 'server-only';
import { z } from 'zod';
import { command } from '@/lib/command';
import { idField } from '@/lib/ids';
import { invitationMailIn, localeField, orgForAction } from '../action-support';
import { rolesForKind } from '../roles';
import { commitImport } from './commit';

/** Confirm of a previewed import: all valid rows in one transaction (upload is a route handler). */
export const confirmImportCommand = command(
  z.object({ orgId: idField, batchId: z.string().uuid('PersonImport.batch_gone'), locale: localeField }),
  'org.people.manage',
  async (db, input, { user }) => {
    const org = await orgForAction(db, input.orgId);
    return commitImport(db, {
      orgId: input.orgId,
      batchId: input.batchId,
      userId: user.id,
      roles: rolesForKind(org.kind),
      today: org.today,
      invitationMail: await invitationMailIn(input.locale, org.shortName),
    });
  },
  // The public site lists leaders and admins.
  { expires: (input, result) => (result.created > 0 ? [{ orgId: input.orgId, scopes: ['profile'] }] : []) },
);
