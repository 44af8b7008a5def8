import { sql } from 'drizzle-orm';
import type { ReportColumn, ReportDefinition } from './definition';
import { idArray } from './params';
import { parseTerritory, selectInstitutions, type TerritoryFilter, territoryParams } from './territory';
import { single } from '@/lib/search-params';

/**
 * F-7.2 Register of institutions (figure 16): every selected subordinate institution (SPEC: the
 * total counts institutions, "Барлығы 24 ББМ"; lower authorities are kept in Settings → Register), with its
 * type, organisational structure, addresses, head, contacts, licence and accreditation, "no
 * data" where a field is empty; all in one list, or grouped by institution type.
 */

export type RegisterForm = 'all' | 'types';
export type RegisterFilters = { territory: TerritoryFilter; form: RegisterForm };

export type RegisterRow = {
  id: number;
  name: string;
  typeName: string;
  structure: 'independent' | 'branch';
  branchOf: string;
  bin: string;
  languages: string;
  postalAddress: string;
  mainBuilding: string;
  head: string;
  contacts: string;
  licence: string;
  accreditation: string;
};

const joined = (parts: Array<string | null>) => parts.map((p) => (p ?? '').trim()).filter(Boolean).join(', ');

const text = (key: string, label: string, value: (r: RegisterRow) => string, group?: string): ReportColumn<RegisterRow> => ({
  key,
  label,
  group,
  kind: 'text',
  value,
  empty: 'no_data',
});

export const registerReport: ReportDefinition<RegisterFilters, RegisterRow> = {
  key: 'register',
  namespace: 'ReportInstitutions',
  numbered: true,
  parse(params, scope) {
    const territory = parseTerritory(params);
    if (!territory.ok) return territory;
    const selected = selectInstitutions(scope, territory.value);
    if (!selected.ok) return selected;
    const form = single(params.form);
    if (form !== undefined && form !== '' && form !== 'all' && form !== 'types') return { ok: false, error: 'filter_invalid' };
    return { ok: true, value: { territory: territory.value, form: form === 'types' ? 'types' : 'all' } };
  },
  async run({ db, scope }, filters) {
    const selected = selectInstitutions(scope, filters.territory);
    if (!selected.ok) return { rows: [] };
    const typeOf = new Map(selected.value.map((i) => [i.id, i.typeName]));
    const found = await db.execute<{
      id: number;
      short_name: string;
      organizational_structure: 'independent' | 'branch';
      legal_address: string;
      actual_address: string;
      head: string | null;
      phones: string;
      fax: string;
      email: string;
      website: string;
      licence_info: string;
      accreditation_info: string;
      licence_number: string;
      licence_date: string | null;
      licence_issuer: string;
      accreditation_number: string;
      accreditation_date: string | null;
      bin: string | null;
      languages: string[];
      branch_of: string | null;
      type_order: number | null;
    }>(sql`
      select o.id, o.short_name, o.organizational_structure, o.legal_address, o.actual_address, o.phones, o.fax, o.email, o.website,
        o.licence_info, o.accreditation_info, o.licence_number, o.licence_date::text, o.licence_issuer, o.accreditation_number,
        o.accreditation_date::text, o.bin, o.languages, b.short_name as branch_of, it.sort_order as type_order,
        coalesce(
          (select concat_ws(' ', p.surname, p.name, p.patronymic) from persons p where p.id = o.head_person_id),
          (select concat_ws(' ', p.surname, p.name, p.patronymic) from memberships m join persons p on p.id = m.person_id
            where m.organization_id = o.id and m.role in ('director', 'leader') and m.archived_at is null order by m.id limit 1)) as head
      from organizations o
      left join organizations b on b.id = o.branch_of_id
      left join institution_types it on it.id = o.institution_type_id
      where o.id = any(${idArray(selected.value.map((i) => i.id))}::int[])
      order by o.short_name, o.id`);
    const rows: RegisterRow[] = found.map((o) => ({
      id: o.id,
      name: o.short_name,
      typeName: typeOf.get(o.id) ?? '',
      structure: o.organizational_structure,
      branchOf: o.organizational_structure === 'branch' ? (o.branch_of ?? '') : '',
      bin: o.bin ?? '',
      languages: o.languages.map((l) => `language_${l}`).join(','),
      postalAddress: o.legal_address.trim(),
      mainBuilding: o.actual_address.trim(),
      head: o.head ?? '',
      contacts: [o.phones, o.fax, o.email, o.website].map((c) => c.trim()).filter(Boolean).join('; '),
      // The register's own fields (number, date, issuer) when given, else the older free text.
      licence: joined([o.licence_number && `№ ${o.licence_number}`, o.licence_date, o.licence_issuer]) || o.licence_info.trim(),
      accreditation: joined([o.accreditation_number && `№ ${o.accreditation_number}`, o.accreditation_date]) || o.accreditation_info.trim(),
    }));
    if (filters.form === 'all') return { rows };
    const order = new Map(found.map((o) => [o.id, o.type_order ?? Number.MAX_SAFE_INTEGER]));
    const sections = new Map<string, RegisterRow[]>();
    for (const row of [...rows].sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.typeName.localeCompare(b.typeName))) {
      sections.set(row.typeName, [...(sections.get(row.typeName) ?? []), row]);
    }
    return { rows, sections: [...sections].map(([title, sectionRows]) => ({ title, rows: sectionRows })) };
  },
  columns: () => [
    text('name', 'col_name', (r) => r.name),
    text('type', 'col_type', (r) => r.typeName),
    { key: 'structure', label: 'col_structure', kind: 'text', value: (r) => `structure_${r.structure}`, translated: true },
    { key: 'branch_of', label: 'col_branch_of', kind: 'text', value: (r) => r.branchOf, empty: 'not_branch' },
    text('bin', 'col_bin', (r) => r.bin),
    text('postal', 'col_postal_address', (r) => r.postalAddress, 'group_address'),
    text('building', 'col_main_building', (r) => r.mainBuilding, 'group_address'),
    text('head', 'col_head', (r) => r.head),
    text('contacts', 'col_contacts', (r) => r.contacts),
    text('licence', 'col_licence', (r) => r.licence),
    text('accreditation', 'col_accreditation', (r) => r.accreditation),
    { key: 'languages', label: 'col_languages', kind: 'text', value: (r) => r.languages, translated: true, empty: 'no_data' },
  ],
  params: (filters) => ({ ...territoryParams(filters.territory), form: filters.form }),
};
