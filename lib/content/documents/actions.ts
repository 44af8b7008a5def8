'use server';

import { serverAction } from '@/lib/server-action';
import { documentCommands } from './commands';

/** Documents tab actions (F-2.4): the rule of each command is decided by `can` before the work. */
export const createFolder = serverAction(documentCommands.createFolder);
export const renameFolder = serverAction(documentCommands.renameFolder);
export const moveFolder = serverAction(documentCommands.moveFolder);
export const deleteFolder = serverAction(documentCommands.deleteFolder);
export const renameDocument = serverAction(documentCommands.renameDocument);
export const moveDocument = serverAction(documentCommands.moveDocument);
export const deleteDocument = serverAction(documentCommands.deleteDocument);
export const restoreFolder = serverAction(documentCommands.restoreFolder);
export const restoreDocument = serverAction(documentCommands.restoreDocument);
