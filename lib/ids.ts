import { z } from 'zod';

/** Row ids are PostgreSQL `integer`s: anything past this is no row, never a database error. */
export const MAX_ID = 2_147_483_647;

/** A route's numeric id, or null for anything else (so a bad URL is a 404, never a 500). */
export function parseId(value: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}

/**
 * A row id from a form or an action's input: a positive int4. '-1', '1.5', '1e400' or
 * 99999999999 are 'invalid' beside the field, never a database error.
 */
export const idField = z.coerce.number('invalid').int('invalid').positive('invalid').max(MAX_ID, 'invalid');

/** An id a form may leave empty (a select's "none"): '', absent or null are null. */
export const optionalIdField = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), idField.nullable());

/**
 * An id from a URL's query (a report's filter): the route's strict form (`parseId`: no '01', no
 * '1.0'), so one filter has one address; empty or absent is no filter (undefined).
 */
export const optionalUrlIdField = z.preprocess(
  (v) => (v === '' || v === undefined ? undefined : v),
  z
    .string()
    .refine((v) => parseId(v) !== null)
    .transform((v) => parseId(v)!)
    .optional(),
);
