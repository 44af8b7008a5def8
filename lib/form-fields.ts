import { z } from 'zod';

/**
 * A checkbox of a form: ticked arrives as 'on' (or 'true' / true from a script), unticked is
 * absent. Any other value is 'invalid' beside the field rather than read as either.
 */
export const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('false'), z.boolean()], 'invalid')
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === true);
