import { z } from 'zod';
import { idField, optionalIdField } from '@/lib/ids';
import { isValidBin } from './bin';
import { CONTACT_LIMITS, emailField, phonesField, plainText, websiteField } from '../settings/contact-fields';
import { NAME_LIMITS } from '../settings/schemas';

/** Languages of instruction the register knows: Kazakh, Russian, English, Uzbek, Uyghur, Tajik. */
export const INSTRUCTION_LANGUAGES = ['kk', 'ru', 'en', 'uz', 'ug', 'tg'] as const;
export type InstructionLanguage = (typeof INSTRUCTION_LANGUAGES)[number];

export const REGISTER_LIMITS = { number: 100, issuer: 300 } as const;
export const REGISTER_PAGE_SIZE = 25;

/** 'YYYY-MM-DD' of a real day not after today, or '' (→ null). */
const pastDate = plainText(10)
  .refine((v) => {
    if (v === '') return true;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= '1900-01-01';
  }, 'InstitutionRegister.date_invalid')
  .refine((v) => v === '' || v <= new Date().toISOString().slice(0, 10), 'InstitutionRegister.date_future')
  .transform((v) => (v === '' ? null : v));

/** Checkboxes send nothing, one value or several. */
const languages = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(INSTRUCTION_LANGUAGES, 'invalid'))
    .max(INSTRUCTION_LANGUAGES.length, 'invalid')
    .transform((list) => INSTRUCTION_LANGUAGES.filter((l) => list.includes(l))),
);

/**
 * Every field of the register (F-7.2) as the form and the import send them. The Kazakh names are
 * the organisation's own (`fullName`, `shortName`), shown wherever it is named.
 */
export const registerFields = {
  fullName: plainText(NAME_LIMITS.fullName, { required: true }),
  shortName: plainText(NAME_LIMITS.shortName, { required: true }),
  fullNameRu: plainText(NAME_LIMITS.fullName),
  shortNameRu: plainText(NAME_LIMITS.shortName),
  // Required of an institution; a lower authority has none (kindRules).
  institutionTypeId: optionalIdField,
  organizationalStructure: z.enum(['independent', 'branch'], 'invalid'),
  branchOfId: optionalIdField,
  territoryId: optionalIdField,
  legalAddress: plainText(CONTACT_LIMITS.address),
  actualAddress: plainText(CONTACT_LIMITS.address),
  phones: phonesField('Contacts.phone_invalid'),
  email: emailField('Contacts.email_invalid'),
  website: websiteField('Contacts.website_invalid'),
  licenceNumber: plainText(REGISTER_LIMITS.number),
  licenceDate: pastDate,
  licenceIssuer: plainText(REGISTER_LIMITS.issuer),
  accreditationNumber: plainText(REGISTER_LIMITS.number),
  accreditationDate: pastDate,
  bin: plainText(12).refine((v) => v === '' || isValidBin(v), 'InstitutionRegister.bin_invalid').transform((v) => (v === '' ? null : v)),
  languages,
};

/**
 * What the register holds: an institution, or a lower authority (a subordinate organisation, such
 * as a city department's district department). The form and the import send nothing: an institution.
 */
export const REGISTER_KINDS = ['institution', 'authority'] as const;
const kind = z.preprocess((v) => (v === undefined || v === '' ? 'institution' : v), z.enum(REGISTER_KINDS, 'invalid'));

type KindValues = { kind: (typeof REGISTER_KINDS)[number]; institutionTypeId: number | null; languages: string[]; organizationalStructure: string; branchOfId: number | null };

/** An institution names its type and languages of instruction, and its main one if it is a branch; a lower authority is none of these. */
function kindRules(v: KindValues, ctx: z.RefinementCtx) {
  if (v.kind === 'authority') {
    if (v.organizationalStructure === 'branch') ctx.addIssue({ code: 'custom', message: 'invalid', path: ['organizationalStructure'] });
    return;
  }
  if (v.institutionTypeId === null) ctx.addIssue({ code: 'custom', message: 'required', path: ['institutionTypeId'] });
  if (v.languages.length === 0) ctx.addIssue({ code: 'custom', message: 'InstitutionRegister.languages_required', path: ['languages'] });
  if (v.organizationalStructure === 'branch' && v.branchOfId === null) ctx.addIssue({ code: 'custom', message: 'InstitutionRegister.branch_of_required', path: ['branchOfId'] });
}

export const createInstitutionSchema = z.object({ orgId: idField, kind, ...registerFields }).superRefine(kindRules);

/** The edit form adds the head: a person of the organisation (none while it has nobody). */
export const updateInstitutionSchema = z
  .object({ orgId: idField, institutionId: idField, kind, headPersonId: optionalIdField, ...registerFields })
  .superRefine(kindRules);

export const closeInstitutionSchema = z.object({ orgId: idField, institutionId: idField, close: z.enum(['close', 'reopen'], 'invalid') });

export type RegisterInput = z.infer<typeof createInstitutionSchema>;
export type UpdateInstitutionInput = z.infer<typeof updateInstitutionSchema>;

/** The message key of a register field's label (messages use snake_case: licenceDate → field_licence_date). */
export function registerFieldKey(field: string): `field_${string}` {
  return `field_${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}
