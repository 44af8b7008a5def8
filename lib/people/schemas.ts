import { z } from 'zod';
import { checkbox } from '@/lib/form-fields';

/** The personal page's "show my contacts" switch: a checkbox, present only when ticked. */
export const showContactsSchema = z.object({ showContacts: checkbox });
