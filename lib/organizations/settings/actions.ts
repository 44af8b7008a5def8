'use server';

import { serverAction } from '@/lib/server-action';
import { confirmCodeCommand, sendCodeCommand } from './applications-email';
import { setLowerJurisdiction } from '../jurisdiction/assign';
import { deleteLogoCommand } from './logo';
import { updateAbout, updateContacts, updateLocalization } from './commands';
import { moveSubordinates, saveSubordinateTypes } from '../subordinates/lists';

/** Settings (F-4.1 … F-4.8): admins only, checked on every call. */
export const updateAboutAction = serverAction(updateAbout);
export const updateContactsAction = serverAction(updateContacts);
export const updateLocalizationAction = serverAction(updateLocalization);
export const deleteLogoAction = serverAction(deleteLogoCommand);
export const sendApplicationsEmailCodeAction = serverAction(sendCodeCommand);
export const confirmApplicationsEmailAction = serverAction(confirmCodeCommand);
export const moveSubordinatesAction = serverAction(moveSubordinates);
export const saveSubordinateTypesAction = serverAction(saveSubordinateTypes);
export const setLowerJurisdictionAction = serverAction(setLowerJurisdiction);
