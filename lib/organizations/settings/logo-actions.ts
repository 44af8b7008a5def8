'use server';

import { serverAction } from '@/lib/server-action';
import { deleteLogoCommand } from './logo';

/** Settings, Logo (F-4.3): admins only, checked on every call (the upload is POST /api/logo). */
export const deleteLogoAction = serverAction(deleteLogoCommand);
