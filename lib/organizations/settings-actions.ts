'use server';

import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db';
import { action } from '@/lib/action';
import { invalidateOrg } from '@/lib/cache';
import { commandAction } from '@/lib/command-action';
import { kickMailSender } from '@/lib/mail/sender-loop';
import { getStorage } from '@/lib/storage';
import { confirmApplicationsEmailCode, confirmCodeSchema, sendApplicationsEmailCode, sendCodeSchema } from './applications-email';
import { setLowerJurisdiction } from './jurisdiction';
import { deleteLogo } from './logo';
import { updateAbout, updateContacts, updateLocalization } from './settings';
import { moveSubordinates, saveSubordinateTypes } from './subordinate-lists';
import { idField } from '@/lib/ids';

/** Settings (F-4.1 … F-4.8): admins only, checked on every call. */

// The names and contacts show on every page of the organisation and on its public site.
export const updateAboutAction = commandAction(updateAbout, 'profile');
export const updateContactsAction = commandAction(updateContacts, 'profile', 'feedback');
// The time zone changes every date the site shows: the whole organisation's cache goes.
export const updateLocalizationAction = commandAction(updateLocalization);

export const deleteLogoAction = action(z.object({ orgId: idField }), 'org.settings.edit', async (input, { user }) => {
  const result = await deleteLogo(getDb(), getStorage(), { orgId: input.orgId, userId: user.id });
  invalidateOrg(input.orgId, 'profile');
  return result;
});

export const sendApplicationsEmailCodeAction = action(sendCodeSchema, 'org.settings.edit', async (input, { user }) => {
  const result = await sendApplicationsEmailCode(getDb(), user, input);
  kickMailSender();
  return result;
});

export const confirmApplicationsEmailAction = action(confirmCodeSchema, 'org.settings.edit', async (input, { user }) => {
  const result = await confirmApplicationsEmailCode(getDb(), user, input);
  invalidateOrg(input.orgId, 'feedback');
  return result;
});

// Which institutions are subordinate shows on the Structure tab and in the Page tab's count.
export const moveSubordinatesAction = commandAction(moveSubordinates, 'structure', 'profile');
export const saveSubordinateTypesAction = commandAction(saveSubordinateTypes, 'structure', 'profile');

// The lower authority's subordinate institutions change: its Structure tab and Page tab's count.
export const setLowerJurisdictionAction = action(setLowerJurisdiction.schema, setLowerJurisdiction.permission, async (input, ctx) => {
  const result = await setLowerJurisdiction.run(getDb(), input, ctx);
  invalidateOrg(input.authorityId, 'structure', 'profile');
  return result;
});
