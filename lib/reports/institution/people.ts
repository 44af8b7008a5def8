import { sql } from 'drizzle-orm';
import { institutionOf, institutionReport } from './common';

/** About the institution, its students and its staff (F-7.3). */

export type AboutRow = { field: string; value: string | number };

export const aboutReport = institutionReport<AboutRow>('about', {
  async run({ db, scope }, filters) {
    const institution = institutionOf(scope, filters);
    const [o] = await db.execute<Record<string, string | number | null>>(sql`
      select o.full_name, o.short_name, o.organizational_structure, o.legal_address, o.actual_address, o.phones, o.email, o.website,
        o.licence_info, o.accreditation_info,
        (select concat_ws(' ', p.surname, p.name, p.patronymic) from memberships m join persons p on p.id = m.person_id
          where m.organization_id = o.id and m.role = 'director' and m.archived_at is null order by m.id limit 1) as head,
        (select count(distinct person_id)::int from memberships where organization_id = o.id and archived_at is null and role = 'student') as students,
        (select count(distinct person_id)::int from memberships where organization_id = o.id and archived_at is null and role = 'teacher') as teachers,
        (select count(distinct person_id)::int from memberships where organization_id = o.id and archived_at is null and role = 'parent') as parents,
        (select count(*)::int from school_classes where organization_id = o.id and school_year = ${filters.schoolYear}) as classes
      from organizations o where o.id = ${filters.school}`);
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    const rows: AboutRow[] = [
      { field: 'about_full_name', value: text(o!.full_name) },
      { field: 'about_type', value: institution.typeName },
      { field: 'about_structure', value: o!.organizational_structure === 'branch' ? 'ReportInstitutions.structure_branch' : 'ReportInstitutions.structure_independent' },
      { field: 'about_territory', value: institution.municipality },
      { field: 'about_postal_address', value: text(o!.legal_address) },
      { field: 'about_main_building', value: text(o!.actual_address) },
      { field: 'about_head', value: text(o!.head) },
      { field: 'about_phones', value: text(o!.phones) },
      { field: 'about_email', value: text(o!.email) },
      { field: 'about_website', value: text(o!.website) },
      { field: 'about_licence', value: text(o!.licence_info) },
      { field: 'about_accreditation', value: text(o!.accreditation_info) },
      { field: 'about_classes', value: Number(o!.classes) },
      { field: 'about_students', value: Number(o!.students) },
      { field: 'about_teachers', value: Number(o!.teachers) },
      { field: 'about_parents', value: Number(o!.parents) },
    ];
    return { rows };
  },
  columns: () => [
    { key: 'field', label: 'col_field', kind: 'text', value: (r) => r.field, translated: true },
    // The structure row holds a message key; every other value is data.
    { key: 'value', label: 'col_value', kind: 'text', value: (r) => r.value, empty: 'no_data', translated: (r) => r.field === 'about_structure' },
  ],
});

export type StudentRow = { name: string; className: string; birthDate: string; registered: boolean; parents: string };

export const studentsReport = institutionReport<StudentRow>('students', {
  numbered: true,
  async run({ db }, filters) {
    const rows = await db.execute<{ name: string; class_name: string | null; birth_date: string; registered: boolean; parents: string | null }>(sql`
      select concat_ws(' ', p.surname, p.name, p.patronymic) as name, p.birth_date::text as birth_date, (u.id is not null) as registered,
        cl.grade || ' «' || cl.letter || '»' as class_name,
        (select string_agg(concat_ws(' ', pp.surname, pp.name), ', ' order by pp.surname) from student_parents sp join persons pp on pp.id = sp.parent_person_id
          where sp.student_person_id = p.id) as parents
      from persons p
      -- A join (a person has at most one user), not exists (…): for a city school's 900 pupils the
      -- planner hashed all 194,000 users, 34 of the query's 121 ms.
      left join users u on u.person_id = p.id
      left join lateral (select c.grade, c.letter from class_students cs join school_classes c on c.id = cs.class_id
          where cs.student_person_id = p.id and c.organization_id = ${filters.school} and c.school_year = ${filters.schoolYear} order by c.id limit 1) cl on true
      where p.id in (select person_id from memberships where organization_id = ${filters.school} and role = 'student' and archived_at is null)
      -- classes in natural order (2 before 10) and letters in the Kazakh alphabet (А, Ә, Б), not as text
      order by cl.grade nulls last, cl.letter collate "kk-KZ-x-icu", p.surname, p.name, p.id`);
    return { rows: rows.map((r) => ({ name: r.name, className: r.class_name ?? '', birthDate: r.birth_date, registered: r.registered, parents: r.parents ?? '' })) };
  },
  columns: () => [
    { key: 'name', label: 'col_name', kind: 'text', value: (r) => r.name },
    { key: 'class', label: 'col_class', kind: 'text', value: (r) => r.className },
    { key: 'birth', label: 'col_birth_date', kind: 'date', value: (r) => r.birthDate },
    { key: 'registered', label: 'col_registered', kind: 'text', value: (r) => (r.registered ? 'yes' : 'no'), translated: true },
    { key: 'parents', label: 'col_parents', kind: 'text', value: (r) => r.parents },
  ],
});

export type StaffRow = { name: string; roles: string; position: string; category: string | null; attestationDate: string | null; registered: boolean };

export const staffReport = institutionReport<StaffRow>('staff', {
  numbered: true,
  async run({ db }, filters) {
    const rows = await db.execute<{ name: string; roles: string; position: string; category: string | null; attestation_date: string | null; registered: boolean }>(sql`
      select concat_ws(' ', p.surname, p.name, p.patronymic) as name,
        string_agg('Roles.' || m.role::text, ',' order by m.role) as roles,
        string_agg(nullif(m.position, ''), '; ' order by m.role) as position,
        max(m.category::text) as category, max(m.attestation_date)::text as attestation_date,
        (u.id is not null) as registered
      from memberships m join persons p on p.id = m.person_id
      left join users u on u.person_id = p.id
      where m.organization_id = ${filters.school} and m.archived_at is null and m.role not in ('student', 'parent')
      group by p.id, u.id
      order by p.surname, p.name, p.id`);
    return { rows: rows.map((r) => ({ name: r.name, roles: r.roles, position: r.position ?? '', category: r.category, attestationDate: r.attestation_date, registered: r.registered })) };
  },
  columns: () => [
    { key: 'name', label: 'col_name', kind: 'text', value: (r) => r.name },
    { key: 'roles', label: 'col_roles', kind: 'text', value: (r) => r.roles, translated: true },
    { key: 'position', label: 'col_position', kind: 'text', value: (r) => r.position },
    { key: 'category', label: 'col_category', kind: 'text', value: (r) => (r.category ? `ReportAttestation.category_${r.category}` : ''), translated: true },
    { key: 'attested', label: 'col_attestation_date', kind: 'date', value: (r) => r.attestationDate },
    { key: 'registered', label: 'col_registered', kind: 'text', value: (r) => (r.registered ? 'yes' : 'no'), translated: true },
  ],
});
