import { z } from 'zod';
import { idField, optionalIdField } from '@/lib/ids';
import { CONTACT_LIMITS, emailField, phonesField, plainText, websiteField } from './contact-fields';
import { isKnownTimeZone } from './time-zones';

export const NAME_LIMITS = { shortName: 200, fullName: 500 } as const;

/** Settings → About (F-4.1). */
export const aboutSchema = z.object({
  orgId: idField,
  shortName: plainText(NAME_LIMITS.shortName, { required: true }),
  fullName: plainText(NAME_LIMITS.fullName, { required: true }),
});

/** Settings → Contacts (F-4.3): every field optional, each checked for what it is. */
export const contactsSchema = z.object({
  orgId: idField,
  legalAddress: plainText(CONTACT_LIMITS.address),
  actualAddress: plainText(CONTACT_LIMITS.address),
  phones: phonesField('Contacts.phone_invalid'),
  fax: phonesField('Contacts.fax_invalid', { max: 40 }),
  email: emailField('Contacts.email_invalid'),
  website: websiteField('Contacts.website_invalid'),
});

/** A select sends '' for "not chosen". */

/** Settings → Localization (F-4.5): country → region → city, subordination, time zone. */
export const localizationSchema = z.object({
  orgId: idField,
  countryId: optionalIdField,
  regionId: optionalIdField,
  cityId: optionalIdField,
  subordinationId: optionalIdField,
  timeZone: z.string('required').refine(isKnownTimeZone, 'Localization.time_zone_invalid'),
});

export type AboutInput = z.infer<typeof aboutSchema>;
export type ContactsInput = z.infer<typeof contactsSchema>;
export type LocalizationInput = z.infer<typeof localizationSchema>;
