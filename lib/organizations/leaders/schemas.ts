import { z } from 'zod';
import { idField } from '@/lib/ids';

/** The title under a leader's name (a position such as "Начальник управления"). */
export const LEADER_TITLE_MAX = 200;

/** A select sends '' for "nobody chosen". */
const person = z.preprocess((v) => (v === '' ? undefined : v), idField.optional()).refine((v) => v !== undefined, 'Leaders.person_required');

export const leaderAddSchema = z.object({
  orgId: idField,
  personId: person,
  title: z.string('required').trim().min(1, 'required').max(LEADER_TITLE_MAX, 'too_long'),
});
export const leaderMoveSchema = z.object({ orgId: idField, personId: idField, direction: z.enum(['up', 'down'], 'invalid') });
export const leaderRemoveSchema = z.object({ orgId: idField, personId: idField });
