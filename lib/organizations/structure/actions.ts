'use server';

import { serverAction } from '@/lib/server-action';
import { unitCommands } from './commands';

/** Structure tab writes (F-2.2): admins add, edit and remove structural units. */
export const createUnit = serverAction(unitCommands.create);
export const updateUnit = serverAction(unitCommands.update);
export const deleteUnit = serverAction(unitCommands.delete);
