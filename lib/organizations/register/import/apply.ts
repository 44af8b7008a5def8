import { eq, sql } from 'drizzle-orm';
import type { DbTransaction } from '@/db/index';
import { institutionTypes, organizations, territories } from '@/db/schema/index';
import { parseInput } from '@/lib/action-core';
import type { CurrentUser } from '@/lib/auth/permissions';
import { runCommand } from '@/lib/command';
import { normalize } from '@/lib/people/import/columns';
import { createInstitution, inJurisdiction, updateInstitution } from '../commands';
import { createInstitutionSchema, updateInstitutionSchema } from '../schemas';
import { jurisdictionInstitutionIds } from '../../subordinates/sets';
import { type RegisterValues, splitContacts, splitLicence } from './cells';
import { isAuthorityType, languagesFromCell, structureFromCell } from './columns';

/**
 * The register import's work, the same for the preview and for Confirm: each row becomes the
 * register form's input (the institution's current values where the file has no column) and goes
 * through the form's own schema and commands — createInstitution or updateInstitution, each in a
 * savepoint, audited as the form's changes are. The preview runs it in a transaction it rolls
 * back, so it reports exactly what Confirm will do.
 */

export type RegisterOutcome = 'create' | 'update' | 'unchanged';
export type RegisterImportRow = {
  /** The row's line in the file. */
  line: number;
  values: RegisterValues;
  errors: Record<string, string[]> | null;
  outcome?: RegisterOutcome;
  institutionId?: number;
};

type Before = typeof organizations.$inferSelect;
type Lookups = { types: Map<string, number>; user: CurrentUser; authorityId: number };

const TEXT_COLUMNS = [
  'bin',
  'shortName',
  'fullName',
  'shortNameRu',
  'fullNameRu',
  'legalAddress',
  'actualAddress',
  'phones',
  'email',
  'website',
  'licenceNumber',
  'licenceDate',
  'licenceIssuer',
  'accreditationNumber',
  'accreditationDate',
] as const;

/** The register form's values of an institution, as its fields send them. */
function formValues(before: Before | null): Record<string, unknown> {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    ...Object.fromEntries([...TEXT_COLUMNS, 'institutionTypeId', 'branchOfId', 'territoryId'].map((field) => [field, text(before?.[field as keyof Before] as string | number | null)])),
    organizationalStructure: before?.organizationalStructure ?? 'independent',
    languages: before?.languages ?? [],
    ...(before ? { headPersonId: text(before.headPersonId) } : {}),
  };
}

/** "Branch of": the main institution by BIN or by its short name as the register report writes it. */
async function branchOf(tx: DbTransaction, authorityId: number, cell: string): Promise<{ id: number } | { error: string }> {
  const found = await tx.execute<{ id: number; inside: boolean }>(sql`
    select o.id, (o.id in ${jurisdictionInstitutionIds(authorityId)}) as inside from organizations o
    where o.kind = 'institution' and (o.bin = ${cell.replace(/\s+/g, '')} or btrim(o.short_name) = ${cell})`);
  const inside = found.filter((f) => f.inside);
  if (inside.length === 1) return { id: inside[0]!.id };
  if (inside.length > 1) return { error: 'RegisterImport.branch_of_ambiguous' };
  return { error: found.length > 0 ? 'RegisterImport.branch_of_outside' : 'RegisterImport.branch_of_unknown' };
}

/** The row's values over the institution's: each column of the file replaces its field(s). */
async function formInput(tx: DbTransaction, look: Lookups, values: RegisterValues, before: Before | null) {
  const input = formValues(before);
  const errors: Record<string, string[]> = {};
  const has = (column: keyof RegisterValues) => values[column] !== undefined;
  for (const column of TEXT_COLUMNS) if (has(column)) input[column] = values[column];
  if (!before && !has('fullName')) input.fullName = values.shortName;
  if (has('type') && values.type !== '') {
    const id = look.types.get(normalize(values.type!));
    if (id === undefined) errors.institutionTypeId = ['RegisterImport.type_unknown'];
    else input.institutionTypeId = String(id);
  } else if (has('type')) input.institutionTypeId = '';
  if (has('structure')) input.organizationalStructure = values.structure === '' ? 'independent' : structureFromCell(values.structure!);
  if (has('branchOf')) {
    if (values.branchOf === '') input.branchOfId = '';
    else {
      const main = await branchOf(tx, look.authorityId, values.branchOf!);
      if ('error' in main) errors.branchOfId = [main.error];
      else input.branchOfId = String(main.id);
    }
  }
  if (has('territory')) {
    const kato = values.territory!.match(/\d{9}/g)?.at(-1);
    const [place] = kato ? await tx.select({ id: territories.id }).from(territories).where(eq(territories.katoCode, kato)) : [];
    if (values.territory === '') input.territoryId = '';
    else if (!place) errors.territoryId = ['RegisterImport.kato_unknown'];
    else input.territoryId = String(place.id);
  }
  if (has('contacts') && !has('phones') && !has('email') && !has('website')) {
    const contacts = splitContacts(values.contacts!, before?.fax ?? '');
    if (!contacts) errors.contacts = ['RegisterImport.contacts_unreadable'];
    else {
      // The same phones written as the report lists them keep the institution's own spelling.
      const same = before && before.phones.split(/[;,]/).map((p) => p.trim()).filter(Boolean).join('\n') === contacts.phones.join('\n');
      Object.assign(input, { phones: same ? before.phones : contacts.phones.join(', '), email: contacts.email, website: contacts.website });
    }
  }
  for (const [column, prefix, parts] of [
    ['licence', 'licence', ['Number', 'Date', 'Issuer']],
    ['accreditation', 'accreditation', ['Number', 'Date']],
  ] as const) {
    if (!has(column) || parts.some((p) => has(`${prefix}${p}` as keyof RegisterValues))) continue;
    const cell = values[column]!;
    const structured = parts.some((p) => (before?.[`${prefix}${p}` as keyof Before] ?? '') !== '');
    // The report shows the older free text when the structured fields are empty: read back, it changes nothing.
    if (before && !structured && cell === before[`${prefix}Info`].trim()) continue;
    const split = cell === '' ? { number: '', date: '', issuer: '' } : splitLicence(cell);
    if (!split || (column === 'accreditation' && split.issuer !== '')) errors[column] = [`RegisterImport.${column}_unreadable`];
    else Object.assign(input, { [`${prefix}Number`]: split.number, [`${prefix}Date`]: split.date, ...(column === 'licence' ? { licenceIssuer: split.issuer } : {}) });
  }
  if (has('languages')) {
    const codes = values.languages === '' ? [] : languagesFromCell(values.languages!);
    if (!codes) errors.languages = ['RegisterImport.language_unknown'];
    else input.languages = codes;
  }
  return { input, errors };
}

async function applyRow(tx: DbTransaction, look: Lookups, values: RegisterValues): Promise<Omit<RegisterImportRow, 'line' | 'values'>> {
  if (values.type && isAuthorityType(values.type)) return { errors: { institutionTypeId: ['RegisterImport.authority_row'] } };
  const bin = values.bin ?? '';
  if (bin === '') return { errors: { bin: ['RegisterImport.bin_required'] } };
  const [before] = /^\d{12}$/.test(bin) ? await tx.select().from(organizations).where(eq(organizations.bin, bin)) : [];
  // A BIN of an organisation outside the jurisdiction is never touched, nor taken for a new one.
  if (before && (before.kind !== 'institution' || !(await inJurisdiction(tx, look.authorityId, before.id)))) return { errors: { bin: ['RegisterImport.bin_outside'] } };
  const { input, errors } = await formInput(tx, look, values, before ?? null);
  const raw = { orgId: look.authorityId, ...(before ? { institutionId: before.id } : {}), ...input };
  const parsed = before ? parseInput(updateInstitutionSchema, raw) : parseInput(createInstitutionSchema, raw);
  if (!parsed.ok) for (const [field, keys] of Object.entries(parsed.fieldErrors)) errors[field] ??= keys;
  if (Object.keys(errors).length > 0 || !parsed.ok) return { errors };
  // The form's own commands through the one runner, in a savepoint of this transaction.
  if (before) {
    const updated = await runCommand(tx, updateInstitution, look.user, raw);
    if (!updated.ok) return { errors: updated.fieldErrors ?? { bin: [updated.messageKey] } };
    return { errors: null, outcome: updated.data.changed > 0 ? 'update' : 'unchanged', institutionId: before.id };
  }
  const created = await runCommand(tx, createInstitution, look.user, raw);
  if (!created.ok) return { errors: created.fieldErrors ?? { bin: [created.messageKey] } };
  return { errors: null, outcome: 'create', institutionId: created.data.id };
}

/**
 * Every row, in one transaction: independent institutions first, so a branch may name a main
 * institution added by the same file; a BIN twice in the file is refused on both rows.
 */
export async function applyRows(tx: DbTransaction, args: { authorityId: number; user: CurrentUser; rows: Array<{ line: number; values: RegisterValues }> }): Promise<RegisterImportRow[]> {
  const types = new Map<string, number>();
  for (const t of await tx.select().from(institutionTypes)) for (const name of [t.code, t.nameKk, t.nameRu, t.nameEn]) types.set(normalize(name), t.id);
  const look: Lookups = { types, authorityId: args.authorityId, user: args.user };
  const count = new Map<string, number>();
  for (const row of args.rows) if (row.values.bin) count.set(row.values.bin, (count.get(row.values.bin) ?? 0) + 1);
  const isBranch = (row: { values: RegisterValues }) => structureFromCell(row.values.structure ?? '') === 'branch';
  const results = new Map<number, Omit<RegisterImportRow, 'line' | 'values'>>();
  for (const [i, row] of [...args.rows.entries()].sort(([, a], [, b]) => Number(isBranch(a)) - Number(isBranch(b)))) {
    results.set(i, (count.get(row.values.bin ?? '') ?? 0) > 1 ? { errors: { bin: ['RegisterImport.bin_repeated'] } } : await applyRow(tx, look, row.values));
  }
  return args.rows.map((row, i) => ({ line: row.line, values: row.values, ...results.get(i)! }));
}
