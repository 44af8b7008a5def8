'use server';

import { serverAction } from '@/lib/server-action';
import { moveSubordinates, saveSubordinateTypes } from './lists';

/** Settings, subordinate organisations and their types (F-4.8): admins only, checked on every call. */
export const moveSubordinatesAction = serverAction(moveSubordinates);
export const saveSubordinateTypesAction = serverAction(saveSubordinateTypes);
