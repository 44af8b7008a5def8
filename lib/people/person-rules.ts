import { z } from 'zod';
import type { MembershipRole } from '@/db/schema';
import { addDaysTo, isCalendarDate } from '@/lib/time/calendar-date';
import { iinDisagreements, parseIin, type Sex } from './iin';

/**
 * The rules a person's data must follow, shared by the add-person wizard, the edit form and the
 * spreadsheet import, so all three answer the same input the same way. Errors are message keys
 * (plain ones live in Validation, dotted ones are full paths), one list per field.
 */

export type FieldErrors = Record<string, string[]>;
export type Checked<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

/** Letters of any Cyrillic (Kazakh, Russian) or Latin alphabet, joined by spaces, hyphens, apostrophes. */
const NAME_PATTERN = /^[\p{Script=Cyrillic}\p{Script=Latin}]+(?:[ '’ʼ-]+[\p{Script=Cyrillic}\p{Script=Latin}]+)*$/u;
const PHONE_PATTERN = /^\+?[\d\s()-]{5,40}$/;
export const EARLIEST_BIRTH_DATE = '1900-01-01';
/** An arrival may be planned ahead, but not further than a year. */
export const ARRIVAL_MAX_DAYS_AHEAD = 365;

const text = () => z.string({ error: 'required' }).trim();
export const personNameField = text().min(1, 'required').max(100, 'too_long').regex(NAME_PATTERN, 'PersonWizard.name_letters');
const optionalNameField = text()
  .max(100, 'too_long')
  .refine((v) => v === '' || NAME_PATTERN.test(v), 'PersonWizard.name_letters')
  .transform((v) => v || null);
const dateField = text().min(1, 'required').refine(isCalendarDate, 'PersonWizard.date_invalid');
const emailShape = z.email();
const emailField = text()
  .max(200, 'too_long')
  .refine((v) => v === '' || emailShape.safeParse(v).success, 'PersonWizard.email_invalid')
  .transform((v) => v.toLowerCase() || null);
const phoneField = text()
  .max(40, 'too_long')
  .refine((v) => v === '' || PHONE_PATTERN.test(v), 'PersonWizard.phone_invalid')
  .transform((v) => v || null);
const sexField = z.enum(['male', 'female'], { error: 'PersonWizard.sex_required' });
/** Spaces inside an IIN (as printed, "850412 300 123") are ignored. */
const iinField = text()
  .min(1, 'required')
  .transform((v) => v.replace(/\s+/g, ''))
  .superRefine((v, ctx) => {
    if (!/^\d{12}$/.test(v)) return void ctx.addIssue({ code: 'custom', message: 'PersonWizard.iin_format' });
    const parsed = parseIin(v);
    if (!parsed.valid) ctx.addIssue({ code: 'custom', message: parsed.problem === 'check_digit' ? 'PersonWizard.iin_check_digit' : 'PersonWizard.iin_invalid' });
  });

// Built once per role list: an import checks thousands of rows with the same one.
const roleFields = new WeakMap<readonly MembershipRole[], z.ZodType<MembershipRole>>();
function roleField(roles: readonly MembershipRole[]): z.ZodType<MembershipRole> {
  let field = roleFields.get(roles);
  if (!field) {
    field = z.string({ error: 'PersonWizard.role_required' }).refine((v): v is MembershipRole => roles.includes(v as MembershipRole), 'PersonWizard.role_required');
    roleFields.set(roles, field);
  }
  return field;
}

/** Parses each field on its own, so one bad field does not hide the others' errors; the first problem of a field is its message. */
function parseFields<S extends Record<string, z.ZodType>>(shape: S, raw: Record<string, unknown>) {
  const values: Partial<{ [K in keyof S]: z.output<S[K]> }> = {};
  const fieldErrors: FieldErrors = {};
  for (const [key, schema] of Object.entries(shape)) {
    const result = schema.safeParse(raw[key] ?? (key === 'sex' || key === 'role' ? undefined : ''));
    if (result.success) values[key as keyof S] = result.data as never;
    else fieldErrors[key] = [result.error.issues[0]!.message];
  }
  return { values, fieldErrors };
}

function addError(errors: FieldErrors, field: string, key: string) {
  (errors[field] ??= []).push(key);
}

function checkDates(values: { birthDate?: string; arrivalDate?: string }, errors: FieldErrors, today: string) {
  const { birthDate, arrivalDate } = values;
  if (birthDate) {
    if (birthDate > today) addError(errors, 'birthDate', 'PersonWizard.birth_date_future');
    else if (birthDate < EARLIEST_BIRTH_DATE) addError(errors, 'birthDate', 'PersonWizard.birth_date_too_early');
  }
  if (arrivalDate) {
    if (birthDate && arrivalDate < birthDate) addError(errors, 'arrivalDate', 'PersonWizard.arrival_before_birth');
    else if (arrivalDate > addDaysTo(today, ARRIVAL_MAX_DAYS_AHEAD)) addError(errors, 'arrivalDate', 'PersonWizard.arrival_too_late');
  }
}

/** The birth date and sex entered must be the ones the IIN encodes (digits 1–6 and the 7th). */
function checkAgainstIin(values: { iin?: string; birthDate?: string; sex?: Sex }, errors: FieldErrors) {
  if (!values.iin || !values.birthDate || !values.sex || errors.birthDate) return;
  for (const field of iinDisagreements(values.iin, { birthDate: values.birthDate, sex: values.sex })) {
    if (field === 'birth_date') addError(errors, 'birthDate', 'PersonWizard.birth_date_disagrees_iin');
    else addError(errors, 'sex', 'PersonWizard.sex_disagrees_iin');
  }
}

export type NewPersonValues = {
  role: MembershipRole;
  arrivalDate: string;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string;
  sex: Sex;
  iin: string;
  email: string | null;
  phone: string | null;
};

export const NEW_PERSON_FIELDS = ['role', 'arrivalDate', 'surname', 'name', 'patronymic', 'birthDate', 'sex', 'iin', 'email', 'phone'] as const;

/**
 * A new person (wizard method "New person", one import row): every field, the dates, and the
 * IIN's check digit and agreement with the birth date and sex entered. Uniqueness needs the
 * database and is checked by the caller.
 */
export function checkNewPerson(raw: Record<string, unknown>, ctx: { roles: readonly MembershipRole[]; today: string }): Checked<NewPersonValues> {
  const { values, fieldErrors } = parseFields(
    {
      role: roleField(ctx.roles),
      arrivalDate: dateField,
      surname: personNameField,
      name: personNameField,
      patronymic: optionalNameField,
      birthDate: dateField,
      sex: sexField,
      iin: iinField,
      email: emailField,
      phone: phoneField,
    },
    raw,
  );
  checkDates(values, fieldErrors, ctx.today);
  checkAgainstIin(values, fieldErrors);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: values as NewPersonValues };
}

export type ExistingUserValues = { role: MembershipRole; arrivalDate: string; surname: string; name: string; account: string };

export const EXISTING_USER_FIELDS = ['role', 'arrivalDate', 'surname', 'name', 'account'] as const;

/** Method "From another organisation": role, arrival, surname, name and the user's login or e-mail. */
export function checkExistingUserInput(raw: Record<string, unknown>, ctx: { roles: readonly MembershipRole[]; today: string }): Checked<ExistingUserValues> {
  const { values, fieldErrors } = parseFields(
    { role: roleField(ctx.roles), arrivalDate: dateField, surname: personNameField, name: personNameField, account: text().min(1, 'required').max(200, 'too_long') },
    raw,
  );
  checkDates(values, fieldErrors, ctx.today);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: values as ExistingUserValues };
}

/** The arrival date against a known person's birth date (adding an existing person or user). */
export function checkArrivalAfterBirth(arrivalDate: string, birthDate: string): FieldErrors {
  return arrivalDate < birthDate ? { arrivalDate: ['PersonWizard.arrival_before_birth'] } : {};
}

/**
 * The person's data every organisation of theirs shows, edited in the Data tab (IIN and sex are
 * never edited there): only by the person or their home organisation's admins.
 */
export const SHARED_FIELDS = ['surname', 'name', 'patronymic', 'birthDate', 'email', 'phone'] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

export type PersonDataValues = { surname: string; name: string; patronymic: string | null; birthDate: string; email: string | null; phone: string | null };

/** The edit form's personal data (F-3.3): the birth date must still agree with the stored IIN. */
export function checkPersonData(raw: Record<string, unknown>, ctx: { iin: string; today: string }): Checked<PersonDataValues> {
  const { values, fieldErrors } = parseFields(
    { surname: personNameField, name: personNameField, patronymic: optionalNameField, birthDate: dateField, email: emailField, phone: phoneField },
    raw,
  );
  checkDates(values, fieldErrors, ctx.today);
  const fromIin = parseIin(ctx.iin);
  if (values.birthDate && !fieldErrors.birthDate && fromIin.valid && fromIin.birthDate !== values.birthDate) {
    addError(fieldErrors, 'birthDate', 'PersonWizard.birth_date_disagrees_iin');
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: values as PersonDataValues };
}

export type IdentityValues = { iin: string; sex: Sex; birthDate: string };

/**
 * A correction of a mistyped IIN or sex (F-3.3): the IIN checked as the wizard checks it (format,
 * century, date, check digit) and the sex and birth date in agreement with it. Uniqueness needs
 * the database and is checked by the caller.
 */
export function checkIdentity(raw: Record<string, unknown>, ctx: { today: string }): Checked<IdentityValues> {
  const { values, fieldErrors } = parseFields({ iin: iinField, sex: sexField, birthDate: dateField }, raw);
  checkDates(values, fieldErrors, ctx.today);
  checkAgainstIin(values, fieldErrors);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: values as IdentityValues };
}
