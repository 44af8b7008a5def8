import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { Locale } from '@/lib/i18n/routing';
import { normalize } from '@/lib/people/import/columns';
import type { ReadProblem, SheetRow } from '@/lib/people/import/read-file';
import { INSTRUCTION_LANGUAGES, type InstructionLanguage, registerFieldKey } from '../schemas';

/**
 * The register import's columns. A file is either the register report's export (F-7.2: its
 * combined columns Contacts, Licence, Accreditation; its title, filter lines, column groups and
 * type sections above and between the rows) or a sheet with the register form's own fields, in any
 * of the three languages — so an exported register, edited and loaded back, changes only what was
 * edited.
 */
export const REGISTER_IMPORT_COLUMNS = [
  'number',
  'shortName',
  'fullName',
  'shortNameRu',
  'fullNameRu',
  'type',
  'structure',
  'branchOf',
  'bin',
  'territory',
  'legalAddress',
  'actualAddress',
  'head',
  'contacts',
  'phones',
  'email',
  'website',
  'licence',
  'licenceNumber',
  'licenceDate',
  'licenceIssuer',
  'accreditation',
  'accreditationNumber',
  'accreditationDate',
  'languages',
] as const;
export type RegisterColumn = (typeof REGISTER_IMPORT_COLUMNS)[number];

/** The BIN matches a row to an institution (so importing twice changes nothing); the name is the institution's. */
export const REQUIRED_REGISTER_COLUMNS: readonly RegisterColumn[] = ['shortName', 'bin'];

const MESSAGES = { kk, ru, en } as const;
type Report = keyof typeof en.ReportInstitutions;
type Form = keyof typeof en.InstitutionRegister;

/** The report's type of a lower authority, in any language: such a row is added and edited in the register's form, not imported. */
export const isAuthorityType = (cell: string) => Object.values(MESSAGES).some((m) => normalize(m.ReportInstitutions.type_authority) === normalize(cell));

/** Each column's headers: the report's label (as its CSV writes a grouped one too) and the form's. */
const HEADERS: Record<RegisterColumn, { report?: Report; group?: Report; form?: Form; extra?: string[] }> = {
  number: { extra: ['№', '#', 'no'] },
  shortName: { report: 'col_name', form: 'field_short_name' },
  fullName: { form: 'field_full_name' },
  shortNameRu: { form: 'field_short_name_ru' },
  fullNameRu: { form: 'field_full_name_ru' },
  type: { report: 'col_type', form: 'field_institution_type_id' },
  structure: { report: 'col_structure', form: 'field_organizational_structure' },
  branchOf: { report: 'col_branch_of', form: 'field_branch_of_id' },
  bin: { report: 'col_bin', form: 'field_bin', extra: ['бсн', 'бин', 'bin'] },
  territory: { form: 'field_territory_id', extra: ['като', 'kato'] },
  legalAddress: { report: 'col_postal_address', group: 'group_address', form: 'field_legal_address' },
  actualAddress: { report: 'col_main_building', group: 'group_address', form: 'field_actual_address' },
  head: { report: 'col_head', form: 'field_head_person_id' },
  contacts: { report: 'col_contacts' },
  phones: { form: 'field_phones' },
  email: { form: 'field_email' },
  website: { form: 'field_website' },
  licence: { report: 'col_licence' },
  licenceNumber: { form: 'field_licence_number' },
  licenceDate: { form: 'field_licence_date' },
  licenceIssuer: { form: 'field_licence_issuer' },
  accreditation: { report: 'col_accreditation' },
  accreditationNumber: { form: 'field_accreditation_number' },
  accreditationDate: { form: 'field_accreditation_date' },
  languages: { report: 'col_languages', form: 'field_languages' },
};

const COLUMN_BY_HEADER = new Map<string, RegisterColumn>();
for (const column of REGISTER_IMPORT_COLUMNS) {
  const { report, group, form, extra = [] } = HEADERS[column];
  COLUMN_BY_HEADER.set(normalize(column), column);
  for (const alias of extra) COLUMN_BY_HEADER.set(normalize(alias), column);
  for (const m of Object.values(MESSAGES)) {
    if (report) COLUMN_BY_HEADER.set(normalize(m.ReportInstitutions[report]), column);
    if (report && group) COLUMN_BY_HEADER.set(normalize(`${m.ReportInstitutions[group]}: ${m.ReportInstitutions[report]}`), column);
    if (form) COLUMN_BY_HEADER.set(normalize(m.InstitutionRegister[form]), column);
  }
}

export function registerColumnForHeader(header: string): RegisterColumn | null {
  return COLUMN_BY_HEADER.get(normalize(header)) ?? null;
}

/** The message of a row's field in the preview: the form's label, or the report's for its combined columns. */
export function registerFieldLabel(field: string): string {
  const column = field as RegisterColumn;
  const header = HEADERS[column];
  if (header?.form) return `InstitutionRegister.${header.form}`;
  if (header?.report) return `ReportInstitutions.${header.report}`;
  return `InstitutionRegister.${registerFieldKey(field)}`;
}

/** A column's header in a language, as the register report's export writes it (the form's label for the others). */
export function registerColumnHeader(column: string, locale: Locale): string {
  const header = HEADERS[column as RegisterColumn];
  if (!header) return column;
  if (header.report) return MESSAGES[locale].ReportInstitutions[header.report];
  return header.form ? MESSAGES[locale].InstitutionRegister[header.form] : column;
}

/** What the report writes for an empty field ("no data", "—"): read back as empty. */
const PLACEHOLDERS = new Set(Object.values(MESSAGES).flatMap((m) => [normalize(m.ReportInstitutions.no_data), normalize(m.ReportInstitutions.not_branch)]));

export function cellValue(text: string): string {
  const trimmed = text.trim();
  return PLACEHOLDERS.has(normalize(trimmed)) ? '' : trimmed;
}

const STRUCTURE_BY_NAME = new Map<string, 'independent' | 'branch'>();
for (const structure of ['independent', 'branch'] as const) {
  STRUCTURE_BY_NAME.set(structure, structure);
  for (const m of Object.values(MESSAGES)) {
    STRUCTURE_BY_NAME.set(normalize(m.ReportInstitutions[`structure_${structure}`]), structure);
    STRUCTURE_BY_NAME.set(normalize(m.InstitutionRegister[`structure_${structure}`]), structure);
  }
}

/** 'independent' or 'branch' from its name in any language; the text as written when unknown. */
export function structureFromCell(cell: string): string {
  return STRUCTURE_BY_NAME.get(normalize(cell)) ?? cell;
}

const LANGUAGE_BY_NAME = new Map<string, InstructionLanguage>();
for (const language of INSTRUCTION_LANGUAGES) {
  LANGUAGE_BY_NAME.set(language, language);
  for (const m of Object.values(MESSAGES)) LANGUAGE_BY_NAME.set(normalize(m.ReportInstitutions[`language_${language}`]), language);
}

/** Language codes from names separated by commas or semicolons; null when one is unknown. */
export function languagesFromCell(cell: string): InstructionLanguage[] | null {
  const names = cell.split(/[,;]/).map((n) => normalize(n)).filter(Boolean);
  const codes = names.map((n) => LANGUAGE_BY_NAME.get(n));
  return codes.every((c) => c !== undefined) ? (codes as InstructionLanguage[]) : null;
}

/**
 * The header row: of the first rows, the one with the most known headers. Above it the report's
 * export has its title and filters, and in XLSX a row of column groups ("Address") just above.
 */
export function locateHeader(rows: SheetRow[]): { ok: true; header: string[]; data: SheetRow[] } | { ok: false; problem: ReadProblem & { columns?: string[] } } {
  let best = -1;
  let bestKnown = 0;
  rows.slice(0, 12).forEach((row, i) => {
    const known = row.cells.filter((c) => registerColumnForHeader(c.text) !== null).length;
    if (known > bestKnown) [best, bestKnown] = [i, known];
  });
  if (best < 0 || bestKnown < 2) return { ok: false, problem: { key: 'columns_missing', columns: [...REQUIRED_REGISTER_COLUMNS] } };
  // A section of the report grouped by type is one cell, "School (12)" (in XLSX merged across the row).
  const data = rows.slice(best + 1).filter((r) => {
    const filled = new Set(r.cells.map((c) => c.text.trim()).filter(Boolean));
    return !(filled.size === 1 && /\(\d+\)$/.test([...filled][0]!));
  });
  if (data.length === 0) return { ok: false, problem: { key: 'empty_file' } };
  return { ok: true, header: rows[best]!.cells.map((c) => c.text), data };
}
