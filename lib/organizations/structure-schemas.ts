import { z } from 'zod';
import { orgIdField } from '@/lib/action-core';

export const UNIT_LIMITS = { name: 200, info: 5_000, members: 500 } as const;

const entityId = z.coerce.number('invalid').int('invalid').positive('invalid').max(2_147_483_647, 'invalid');

/** A select sends '' for "nobody"; checkboxes send nothing, one value or several. */
const optionalPerson = z.preprocess((v) => (v === '' || v === undefined ? null : v), entityId.nullable());
const personList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(entityId).max(UNIT_LIMITS.members, 'too_long').transform((ids) => [...new Set(ids)]),
);

export const unitSchema = z.object({
  orgId: orgIdField,
  name: z.string('required').trim().min(1, 'required').max(UNIT_LIMITS.name, 'too_long'),
  info: z.preprocess((v) => v ?? '', z.string('invalid').trim().max(UNIT_LIMITS.info, 'too_long')),
  headPersonId: optionalPerson,
  memberIds: personList,
});
export const unitUpdateSchema = unitSchema.extend({ unitId: entityId });
export const unitDeleteSchema = z.object({ orgId: orgIdField, unitId: entityId });
