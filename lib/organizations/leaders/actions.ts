'use server';

import { serverAction } from '@/lib/server-action';
import { leaderCommands } from './commands';

/** The leaders' block (F-2.2): admins add, reorder and remove; the public site shows it (structure tag). */
export const addLeader = serverAction(leaderCommands.add);
export const moveLeader = serverAction(leaderCommands.move);
export const removeLeader = serverAction(leaderCommands.remove);
