import 'server-only';
import { z } from 'zod';
import { command } from '@/lib/command';
import { idField } from '@/lib/ids';
import { commitRegisterImport } from './batch';

/**
 * Confirm of a previewed register import (the upload is a route handler): an authority's admins.
 * As the register form's writes, it expires the authority's Structure tab and page count and each
 * changed institution's own pages.
 */
export const confirmRegisterImportCommand = command(
  z.object({ orgId: idField, batchId: z.string().uuid('PersonImport.batch_gone') }),
  'org.register.manage',
  (tx, input, { user }) => commitRegisterImport(tx, { authorityId: input.orgId, batchId: input.batchId, user }),
  {
    expires: (input, result) => [
      ...(result.changedIds.length > 0 ? [{ orgId: input.orgId, scopes: ['structure' as const, 'profile' as const] }] : []),
      ...result.changedIds.map((id) => ({ orgId: id, scopes: ['profile' as const, 'feedback' as const] })),
    ],
  },
);
