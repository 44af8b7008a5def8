'use server';

import { commandAction } from '@/lib/command-action';
import { unitCommands } from './structure';

/** Structure tab writes (F-2.2): admins add, edit and remove structural units. */
export const createUnit = commandAction(unitCommands.create, 'structure');
export const updateUnit = commandAction(unitCommands.update, 'structure');
export const deleteUnit = commandAction(unitCommands.delete, 'structure');
