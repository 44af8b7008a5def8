'use server';

import { serverAction } from '@/lib/server-action';
import { addExistingPersonCommand, chooseWizardMethodCommand, createPersonCommand, saveWizardDetailsCommand } from './commands';

export type { DetailsResult } from './commands';

/** The add-person wizard (F-3.2, lib/people/wizard/commands.ts). */
export const chooseWizardMethod = serverAction(chooseWizardMethodCommand);
export const saveWizardDetails = serverAction(saveWizardDetailsCommand);
export const addExistingPerson = serverAction(addExistingPersonCommand);
export const createPerson = serverAction(createPersonCommand);
