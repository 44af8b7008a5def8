'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { action } from '@/lib/action';
import { idField } from '@/lib/ids';
import { invalidateOrg } from '@/lib/cache';
import { commitRegisterImport } from './register-import/batch';

/** Confirm of a previewed register import (the upload is a route handler): an authority's admins. */
export const confirmRegisterImport = action(
  z.object({ orgId: idField, batchId: z.string().uuid('PersonImport.batch_gone') }),
  'org.register.manage',
  async (input, { user }) => {
    const result = await commitRegisterImport(getDb(), { authorityId: input.orgId, batchId: input.batchId, user });
    // As the register form's writes: the authority's Structure tab and each institution's own pages.
    if (result.changedIds.length > 0) invalidateOrg(input.orgId, 'structure', 'profile');
    for (const id of result.changedIds) invalidateOrg(id, 'profile', 'feedback');
    return { created: result.created, updated: result.updated, unchanged: result.unchanged, failed: result.failed };
  },
);
