'use server';

import { serverAction } from '@/lib/server-action';
import { saveFunctionsCommand } from './save';

/** Settings → Functions (F-4.4): admins only. */
export const saveFunctionsAction = serverAction(saveFunctionsCommand);
