'use server';

import 'server-only';
import { getDb } from '@/db';
import { action } from '@/lib/action';
import { invalidateOrg } from '@/lib/cache';
import { saveFunctionSettings } from './function-settings-save';
import { saveFunctionsSchema } from './function-settings-schema';

/** Admins only. A function decides which tabs and pages exist, so the whole organisation's cache goes. */
export const saveFunctionsAction = action(saveFunctionsSchema, 'org.settings.edit', async (input, { user }) => {
  const result = await saveFunctionSettings(getDb(), user, input);
  if (result.changed > 0) invalidateOrg(input.orgId);
  return result;
});
