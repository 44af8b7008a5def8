import 'server-only';
import { z } from 'zod';
import type { DbExecutor } from '@/db/index';
import { ActionError } from '@/lib/action-core';
import { command } from '@/lib/command';
import { idField } from '@/lib/ids';
import { invitationMailIn, localeField, orgForAction } from '../action-support';
import { auditedIinLookUp } from '../iin-lookup';
import { EXISTING_USER_FIELDS, NEW_PERSON_FIELDS } from '../person-rules';
import { createFromDraft, planFromDraft } from './plan';
import { loadDraft, saveMethod, updateDraft, wizardMethods } from './drafts';
import { fullName } from '@/lib/people/full-name';

/**
 * The add-person wizard (F-3.2). Each step saves to the draft; Create checks everything again.
 * A refusal keeps what the step saved (the runner commits the work up to an ActionError).
 */

const draftIdField = z.string().uuid('PersonWizard.draft_gone');

async function draftOf(db: DbExecutor, draftId: string, userId: number, orgId: number) {
  return (await loadDraft(db, { draftId, userId, orgId })) ?? (() => { throw new ActionError('PersonWizard.draft_gone'); })();
}

export const chooseWizardMethodCommand = command(
  z.object({ orgId: idField, draftId: z.string().optional(), method: z.enum(wizardMethods, { error: 'PersonWizard.method_required' }) }),
  'org.people.manage',
  async (db, input, { user }) => {
    const draftId = await saveMethod(db, { draftId: input.draftId || null, userId: user.id, orgId: input.orgId, method: input.method });
    return { draftId, step: 2 };
  },
);

const typedValue = z.string().max(300, 'too_long').optional();
const detailsSchema = z.object({
  orgId: idField,
  draftId: draftIdField,
  intent: z.enum(['next', 'back']).catch('next'),
  ...Object.fromEntries([...new Set([...NEW_PERSON_FIELDS, ...EXISTING_USER_FIELDS])].map((f) => [f, typedValue])),
});

export type DetailsResult = { step: number; iinMatch?: { personId: number; fullName: string; birthDate: string; alreadyMember: boolean } };

/**
 * Step 2. What was typed is saved even when it does not pass yet (Back and a reload keep it);
 * Next then checks it all and moves to step 3, or offers the person who holds the IIN (only
 * when the surname and name typed are theirs: lib/people/iin-lookup.ts).
 */
export const saveWizardDetailsCommand = command(detailsSchema, 'org.people.manage', async (db, input, { user }): Promise<DetailsResult> => {
  const draft = await draftOf(db, input.draftId, user.id, input.orgId);
  const fields = draft.data.method === 'new' ? NEW_PERSON_FIELDS : EXISTING_USER_FIELDS;
  const values: Record<string, string> = { ...draft.data.values };
  for (const field of fields) values[field] = String((input as Record<string, unknown>)[field] ?? '');
  const keepsChoice = draft.data.existingPersonId !== undefined && values.iin === draft.data.values.iin;
  draft.data = { method: draft.data.method, values, ...(keepsChoice ? { existingPersonId: draft.data.existingPersonId } : {}) };
  draft.step = 2;
  await updateDraft(db, draft);
  if (input.intent === 'back') return { step: 1 };
  const org = await orgForAction(db, input.orgId);
  const outcome = await planFromDraft(db, { org, data: draft.data, today: org.today, lookUp: auditedIinLookUp(user.id) });
  if (outcome.status === 'invalid') throw new ActionError('invalid', outcome.fieldErrors);
  if (outcome.status === 'iin_match') {
    const { person } = outcome;
    return { step: 2, iinMatch: { personId: person.personId, fullName: fullName(person), birthDate: person.birthDate, alreadyMember: outcome.alreadyMember } };
  }
  await updateDraft(db, { ...draft, step: 3 });
  return { step: 3 };
});

/** "Add this person instead": the IIN's holder gets the membership, no new person is made. */
export const addExistingPersonCommand = command(
  z.object({ orgId: idField, draftId: draftIdField, personId: idField }),
  'org.people.manage',
  async (db, input, { user }) => {
    const draft = await draftOf(db, input.draftId, user.id, input.orgId);
    if (draft.data.method !== 'new') throw new ActionError('PersonWizard.draft_gone');
    const org = await orgForAction(db, input.orgId);
    const data = { ...draft.data, existingPersonId: input.personId };
    const outcome = await planFromDraft(db, { org, data, today: org.today, lookUp: auditedIinLookUp(user.id) });
    if (outcome.status === 'iin_match') {
      // Already a member, or a person id that is not the IIN's holder (a changed page).
      if (outcome.alreadyMember) throw new ActionError('PersonWizard.already_member', { iin: ['PersonWizard.already_member'] });
      throw new ActionError('PersonWizard.check_failed');
    }
    if (outcome.status === 'invalid') throw new ActionError('invalid', outcome.fieldErrors);
    await updateDraft(db, { ...draft, data, step: 3 });
    return { step: 3 };
  },
);

/** Create / Create and add another: one person however often it is pressed. */
export const createPersonCommand = command(
  z.object({ orgId: idField, draftId: draftIdField, another: z.enum(['0', '1']).catch('0'), locale: localeField }),
  'org.people.manage',
  async (db, input, { user }) => {
    const org = await orgForAction(db, input.orgId);
    const created = await createFromDraft(db, {
      draftId: input.draftId,
      user,
      orgId: input.orgId,
      today: org.today,
      invitationMail: await invitationMailIn(input.locale, org.shortName),
    });
    return { ...created, another: input.another === '1' };
  },
  // The public site lists leaders and admins.
  { expires: ['profile'] },
);
