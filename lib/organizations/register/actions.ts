'use server';

import { serverAction } from '@/lib/server-action';
import { closeInstitution, createInstitution, updateInstitution } from './commands';

/** Settings → Register of institutions (issue 12 §1): an authority's admins, checked on every call. */
export const createInstitutionAction = serverAction(createInstitution);
export const updateInstitutionAction = serverAction(updateInstitution);
export const closeInstitutionAction = serverAction(closeInstitution);
