import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { MembershipRole } from '@/db/schema';
import { membershipRole } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The import file's columns. Headers are accepted in any of the three languages (or as the key
 * itself), so a template downloaded in Kazakh and filled in by a Russian-speaking clerk reads
 * the same. Roles and sex are accepted by their names in any language too.
 */
export const IMPORT_COLUMNS = ['role', 'arrivalDate', 'surname', 'name', 'patronymic', 'birthDate', 'sex', 'iin', 'email', 'phone'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['role', 'arrivalDate', 'surname', 'name', 'birthDate', 'sex', 'iin'];

const MESSAGES = { en, ru, kk } as const;

const LABEL_KEY: Record<ImportColumn, keyof typeof en.PersonWizard> = {
  role: 'role',
  arrivalDate: 'arrival_date',
  surname: 'surname',
  name: 'name',
  patronymic: 'patronymic',
  birthDate: 'birth_date',
  sex: 'sex',
  iin: 'iin',
  email: 'email',
  phone: 'phone',
};

/** A header or a name as compared: case, spacing and a trailing colon or asterisk do not matter. */
export const normalize = (text: string) => text.trim().toLocaleLowerCase('ru').replace(/\s+/g, ' ').replace(/[.:*]+$/, '');

/** The header the template writes for a column in a language (the wizard's label). */
export function headerFor(column: ImportColumn, locale: Locale): string {
  return MESSAGES[locale].PersonWizard[LABEL_KEY[column]];
}

const COLUMN_BY_HEADER = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  COLUMN_BY_HEADER.set(normalize(column), column);
  for (const locale of ['en', 'ru', 'kk'] as const) COLUMN_BY_HEADER.set(normalize(headerFor(column, locale)), column);
}
// Short forms people write by hand.
for (const [alias, column] of [
  ['роль', 'role'],
  ['рөл', 'role'],
  ['рөлі', 'role'],
  ['иин', 'iin'],
  ['почта', 'email'],
  ['email', 'email'],
  ['birth date', 'birthDate'],
] as const) {
  COLUMN_BY_HEADER.set(alias, column);
}

export function columnForHeader(header: string): ImportColumn | null {
  return COLUMN_BY_HEADER.get(normalize(header)) ?? null;
}

const ROLE_BY_NAME = new Map<string, MembershipRole>();
for (const role of membershipRole.enumValues) {
  ROLE_BY_NAME.set(role, role);
  for (const locale of ['en', 'ru', 'kk'] as const) ROLE_BY_NAME.set(normalize(MESSAGES[locale].Roles[role]), role);
}

/** A role key from a cell ("Басшы", "Руководитель", "leader"); the cell as written when unknown. */
export function roleFromCell(cell: string): string {
  return ROLE_BY_NAME.get(normalize(cell)) ?? cell.trim();
}

const SEX_BY_NAME = new Map<string, 'male' | 'female'>([
  ['male', 'male'],
  ['m', 'male'],
  ['ер', 'male'],
  ['е', 'male'],
  ['мужской', 'male'],
  ['муж', 'male'],
  ['м', 'male'],
  ['female', 'female'],
  ['f', 'female'],
  ['әйел', 'female'],
  ['ә', 'female'],
  ['женский', 'female'],
  ['жен', 'female'],
  ['ж', 'female'],
]);

export function sexFromCell(cell: string): string {
  return SEX_BY_NAME.get(normalize(cell)) ?? cell.trim();
}

/** Dates as YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY (also with / or -), written back as YYYY-MM-DD. */
export function dateFromCell(cell: string): string {
  const text = cell.trim();
  const dotted = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  return text;
}

/**
 * An IIN typed into a number cell loses its leading zero (people born 2000–2009 start with 0):
 * a number of 11 digits or fewer is padded back to 12.
 */
export function iinFromCell(cell: string, wasNumber: boolean): string {
  const text = cell.trim().replace(/\s+/g, '');
  return wasNumber && /^\d{1,11}$/.test(text) ? text.padStart(12, '0') : text;
}
