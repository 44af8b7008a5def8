import { z } from 'zod';
import { idField } from '@/lib/ids';
import { UNIT_LIMITS } from './limits';

export { UNIT_LIMITS };

/** A select sends '' for "nobody"; checkboxes send nothing, one value or several. */
const optionalPerson = z.preprocess((v) => (v === '' || v === undefined ? null : v), idField.nullable());
const personList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(idField).max(UNIT_LIMITS.members, 'too_long').transform((ids) => [...new Set(ids)]),
);

export const unitSchema = z.object({
  orgId: idField,
  name: z.string('required').trim().min(1, 'required').max(UNIT_LIMITS.name, 'too_long'),
  info: z.preprocess((v) => v ?? '', z.string('invalid').trim().max(UNIT_LIMITS.info, 'too_long')),
  headPersonId: optionalPerson,
  memberIds: personList,
});
export const unitUpdateSchema = unitSchema.extend({ unitId: idField });
export const unitDeleteSchema = z.object({ orgId: idField, unitId: idField });
