'use server';

import { serverAction } from '@/lib/server-action';
import { confirmRegisterImportCommand } from './commands';

/** Confirm of a previewed register import (the upload is a route handler): an authority's admins. */
export const confirmRegisterImport = serverAction(confirmRegisterImportCommand);
