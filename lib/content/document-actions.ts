'use server';

import 'server-only';
import { refresh } from 'next/cache';
import type { z } from 'zod';
import { getDb } from '@/db';
import { action } from '@/lib/action';
import { invalidateOrg } from '@/lib/cache';
import type { Command } from '@/lib/command';
import { documentCommands } from './document-commands';

/** Documents tab actions (F-2.4): the rule of each command is decided by `can` before the work. */
function documentAction<S extends z.ZodType, T>(cmd: Command<S, T>) {
  return action(cmd.schema, cmd.permission, async (input, ctx) => {
    const result = await cmd.run(getDb(), input, ctx);
    if (ctx.orgId !== null) invalidateOrg(ctx.orgId, 'documents');
    refresh();
    return result;
  });
}

export const createFolder = documentAction(documentCommands.createFolder);
export const renameFolder = documentAction(documentCommands.renameFolder);
export const moveFolder = documentAction(documentCommands.moveFolder);
export const deleteFolder = documentAction(documentCommands.deleteFolder);
export const renameDocument = documentAction(documentCommands.renameDocument);
export const moveDocument = documentAction(documentCommands.moveDocument);
export const deleteDocument = documentAction(documentCommands.deleteDocument);
export const restoreFolder = documentAction(documentCommands.restoreFolder);
export const restoreDocument = documentAction(documentCommands.restoreDocument);
