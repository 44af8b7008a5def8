'use server';

import 'server-only';
import { getDb } from '@/db';
import { action } from '@/lib/action';
import { invalidateOrg } from '@/lib/cache';
import { commandAction } from '@/lib/command-action';
import { closeInstitution, createInstitution, updateInstitution } from './register';

/** Settings → Register of institutions (issue 12 §1): an authority's admins, checked on every call. */

// A new subordinate institution shows on the authority's Structure tab and in its Page tab's count.
export const createInstitutionAction = commandAction(createInstitution, 'structure', 'profile');

// The institution's names and contacts show on its own pages and public site, and on the authority's Structure tab.
export const updateInstitutionAction = action(updateInstitution.schema, updateInstitution.permission, async (input, ctx) => {
  const result = await updateInstitution.run(getDb(), input, ctx);
  invalidateOrg(input.orgId, 'structure');
  invalidateOrg(input.institutionId, 'profile', 'feedback');
  return result;
});

export const closeInstitutionAction = action(closeInstitution.schema, closeInstitution.permission, async (input, ctx) => {
  const result = await closeInstitution.run(getDb(), input, ctx);
  invalidateOrg(input.orgId, 'structure', 'profile');
  return result;
});
