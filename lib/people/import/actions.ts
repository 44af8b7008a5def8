'use server';

import { serverAction } from '@/lib/server-action';
import { confirmImportCommand } from './confirm-command';

/** Confirm of a previewed import (lib/people/import/confirm-command.ts); the upload is a route handler. */
export const confirmImport = serverAction(confirmImportCommand);
