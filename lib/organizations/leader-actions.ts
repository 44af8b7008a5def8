'use server';

import { commandAction } from '@/lib/command-action';
import { leaderCommands } from './leaders';

/** The leaders' block (F-2.2): admins add, reorder and remove; the public site shows it (structure tag). */
export const addLeader = commandAction(leaderCommands.add, 'structure');
export const moveLeader = commandAction(leaderCommands.move, 'structure');
export const removeLeader = commandAction(leaderCommands.remove, 'structure');
