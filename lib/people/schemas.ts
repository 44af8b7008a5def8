import { z } from 'zod';

/** The personal page's "show my contacts" switch: a checkbox, present only when ticked. */
export const showContactsSchema = z.object({ showContacts: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()) });
