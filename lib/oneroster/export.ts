import type postgres from 'postgres';
import type { Database } from '@/db';
import { csvRecord } from '@/lib/export/csv';
import { schoolCalendar } from '@/lib/journal/calendar';
import { ZipWriter } from '@/lib/zip/write';
import { DATA_FILES, type DataFile, MANIFEST_FILES, MD, SPEC_COLUMNS } from './files';
import { type Entity, installationCode, madeUpId } from './ids';
import { effectiveSubordinateIds } from '@/lib/organizations/subordinates/sets';
import { sql } from 'drizzle-orm';

/**
 * An authority's network as a OneRoster 1.2 bulk bundle (docs/oneroster.md): the authority,
 * every organisation under it and every institution it counts as subordinate, their people,
 * classes and journal. Read in one repeatable-read snapshot and streamed into the zip, lessons
 * and marks through cursors, so a city's data never sits in memory at once.
 */

type Sql = postgres.Sql | postgres.TransactionSql;
type Line = string[];

const EXTRA: Record<DataFile, readonly string[]> = {
  orgs: ['shortName', 'typeCode', 'structure', 'kato', 'subordinationKato', 'legalAddress', 'actualAddress', 'phones', 'fax', 'email', 'website', 'licence', 'accreditation', 'timeZone', 'description', 'subordinateTypes', 'overrides', 'territories',
    'fullNameRu', 'shortNameRu', 'bin', 'languages', 'licenceNumber', 'licenceDate', 'licenceIssuer', 'accreditationNumber', 'accreditationDate', 'branchOf', 'closedAt'],
  academicSessions: ['quarter'],
  courses: ['nameKk', 'nameRu', 'nameEn', 'graded', 'sortOrder'],
  classes: ['grade', 'letter', 'homeroom', 'lessonsPerWeek'],
  users: ['registeredAt', 'lastSignInAt', 'showContacts', 'userEmail', 'signIns'],
  demographics: [],
  roles: ['role', 'position', 'socialPosition', 'employment', 'rights', 'category', 'attestationDate', 'archivedAt', 'movements'],
  enrollments: [],
  categories: ['kind'],
  lineItems: ['period', 'status', 'topic', 'teacher', 'substitute', 'recordedAt', 'homework', 'homeworkReports', 'attendance'],
  results: ['kind', 'maxScore', 'createdAt', 'edits'],
};

export const columnsOf = (file: DataFile) => [...SPEC_COLUMNS[file], ...EXTRA[file].map((c) => `${MD}${c}`)];

const iso = (v: Date | string | null) => (v === null ? '' : v instanceof Date ? v.toISOString() : new Date(v).toISOString());
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const ROLE_OUT: Record<string, string> = {
  leader: 'districtAdministrator',
  deputy: 'districtAdministrator',
  director: 'principal',
  deputy_director: 'siteAdministrator',
  head_of_studies: 'siteAdministrator',
  teacher: 'teacher',
  student: 'student',
  parent: 'parent',
};
const KIND_TITLE: Record<string, string> = { point: '5 балдық баға', formative: 'Қалыптастырушы бағалау (ФО)', section_summative: 'Бөлім бойынша жиынтық бағалау (СОР)', quarter_summative: 'Тоқсан бойынша жиынтық бағалау (СОЧ)' };

async function* records(file: DataFile, rows: AsyncIterable<Line> | Iterable<Line>): AsyncGenerator<string> {
  yield csvRecord(columnsOf(file));
  for await (const row of rows) yield csvRecord(row);
}

async function* cursor<T extends Record<string, unknown>>(q: Sql, query: string, params: unknown[]): AsyncGenerator<T> {
  for await (const batch of q.unsafe(query, params as postgres.ParameterOrJSON<never>[]).cursor(5000)) for (const row of batch) yield row as unknown as T;
}

export type ExportSummary = { files: Record<string, number> };

export async function exportBundle(db: Database, authorityId: number, sink: (chunk: Uint8Array) => void | Promise<void>, progress?: (file: string, rows: number) => void): Promise<ExportSummary> {
  const code = await installationCode(db);
  const [{ ids: subordinate }] = (await db.execute<{ ids: number[] }>(sql`select coalesce(array_agg(e.id), '{}') as ids from ${effectiveSubordinateIds(authorityId)} e`)) as unknown as [{ ids: number[] }];
  const summary: ExportSummary = { files: {} };
  await db.$client.begin('isolation level repeatable read read only', async (q) => {
    // Lessons' and marks' sourcedIds (millions after a city's import) are read in their own files'
    // queries, not held here.
    const mapped = new Map<string, string>();
    for (const r of await q<{ entity: string; sourced_id: string; local_id: string; local_id2: number | null }[]>`select entity, sourced_id, local_id, local_id2 from oneroster_ids where entity not in ('lesson', 'mark')`) {
      mapped.set(`${r.entity}:${r.local_id}${r.local_id2 === null ? '' : `-${r.local_id2}`}`, r.sourced_id);
    }
    const sid = (entity: Entity, id: number | string, id2?: number | null) => mapped.get(`${entity}:${id}${id2 === null || id2 === undefined ? '' : `-${id2}`}`) ?? madeUpId(code, entity, Number(id), id2);

    const orgs = await q<Array<Record<string, never>>>`
      with recursive tree(id) as (select ${authorityId}::int union select o.id from organizations o join tree t on o.parent_id = t.id)
      select o.*, it.code as type_code, t.kato_code as kato, ts.kato_code as subordination_kato
      from organizations o
      left join institution_types it on it.id = o.institution_type_id
      left join territories t on t.id = o.territory_id
      left join territories ts on ts.id = o.territorial_subordination_id
      where o.id in (select id from tree) or o.id = any(${subordinate}::int[])
      order by o.parent_id nulls first, o.id`;
    type OrgRow = { id: number; kind: string; full_name: string; short_name: string; parent_id: number | null; type_code: string | null; organizational_structure: string; kato: string | null; subordination_kato: string | null; legal_address: string; actual_address: string; phones: string; fax: string; email: string; website: string; licence_info: string; accreditation_info: string; time_zone: string; description: string;
      full_name_ru: string; short_name_ru: string; bin: string | null; languages: string[]; licence_number: string; licence_date: string | null; licence_issuer: string; accreditation_number: string; accreditation_date: string | null; branch_of_id: number | null; closed_at: Date | null };
    const orgRows = orgs as unknown as OrgRow[];
    const orgIds = orgRows.map((o) => o.id);
    const inSet = new Set(orgIds);
    const root = sid('org', authorityId);
    const subTypes = await q<{ authority_id: number; codes: string }[]>`
      select st.authority_id, string_agg(it.code, ',' order by it.sort_order, it.code) as codes from subordinate_types st join institution_types it on it.id = st.institution_type_id
      where st.authority_id = any(${orgIds}::int[]) group by st.authority_id`;
    const overrides = await q<{ authority_id: number; institution_id: number; included: boolean }[]>`select * from subordinate_overrides where authority_id = any(${orgIds}::int[]) order by institution_id`;
    const territories = await q<{ kato_code: string; level: string; parent: string | null; name_kk: string; name_ru: string; name_en: string }[]>`
      with recursive used(id) as (
        select territory_id from organizations where id = any(${orgIds}::int[]) and territory_id is not null
        union select territorial_subordination_id from organizations where id = any(${orgIds}::int[]) and territorial_subordination_id is not null
        union select t.id from territories t join territories r on t.parent_id = r.id join organizations a on a.territory_id = r.id where a.id = ${authorityId}
        union select t.parent_id from territories t join used u on t.id = u.id where t.parent_id is not null
      )
      select t.kato_code, t.level, p.kato_code as parent, t.name_kk, t.name_ru, t.name_en
      from territories t left join territories p on p.id = t.parent_id where t.id in (select id from used) order by t.level, t.kato_code`;
    const writer = new ZipWriter(sink);
    const add = async (file: DataFile, rows: AsyncIterable<Line> | Iterable<Line>) => {
      let n = 0;
      const counted = (async function* () {
        for await (const r of rows) {
          n++;
          if (n % 50_000 === 0) progress?.(`${file}.csv`, n);
          yield r;
        }
      })();
      await writer.addFile(`${file}.csv`, records(file, counted));
      summary.files[`${file}.csv`] = n;
      progress?.(`${file}.csv`, n);
    };

    await add(
      'orgs',
      orgRows.map((o) => [
        sid('org', o.id), '', '', o.full_name, o.kind === 'institution' ? 'school' : 'district', '', o.parent_id !== null && inSet.has(o.parent_id) ? sid('org', o.parent_id) : '',
        o.short_name, text(o.type_code), o.organizational_structure, text(o.kato), text(o.subordination_kato), o.legal_address, o.actual_address, o.phones, o.fax, o.email, o.website,
        o.licence_info, o.accreditation_info, o.time_zone, o.description,
        o.kind === 'authority' ? (subTypes.find((s) => s.authority_id === o.id)?.codes ?? '') : '',
        o.kind === 'authority' ? JSON.stringify(overrides.filter((v) => v.authority_id === o.id && inSet.has(v.institution_id)).map((v) => [sid('org', v.institution_id), v.included])) : '',
        o.id === authorityId ? JSON.stringify(territories.map((t) => [t.kato_code, t.level, t.parent, t.name_kk, t.name_ru, t.name_en])) : '',
        o.full_name_ru, o.short_name_ru, text(o.bin), o.languages.join(','), o.licence_number, text(o.licence_date), o.licence_issuer, o.accreditation_number, text(o.accreditation_date),
        o.branch_of_id !== null && inSet.has(o.branch_of_id) ? sid('org', o.branch_of_id) : '', iso(o.closed_at),
      ]),
    );

    const classes = await q<{ id: number; organization_id: number; school_year: number; grade: number; letter: string; form_teacher_person_id: number | null }[]>`
      select * from school_classes where organization_id = any(${orgIds}::int[]) order by id`;
    const classIds = classes.map((c) => c.id);
    const sections = await q<{ class_id: number; subject_id: number; teacher_person_id: number; lessons_per_week: number; code: string }[]>`
      select cs.*, s.code from class_subjects cs join subjects s on s.id = cs.subject_id where cs.class_id = any(${classIds}::int[]) order by cs.class_id, s.sort_order, s.id`;
    const years = [...new Set(classes.map((c) => c.school_year))].sort();
    await add(
      'academicSessions',
      years.flatMap((y) => {
        const cal = schoolCalendar(y);
        return [
          [`sy-${y}`, '', '', `${y}/${String(y + 1).slice(2)}`, 'schoolYear', cal.quarters[0]!.from, cal.quarters[3]!.to, '', String(y + 1), ''],
          ...cal.quarters.map((qu) => [`q-${y}-${qu.quarter}`, '', '', `${y}/${String(y + 1).slice(2)} — ${qu.quarter}`, 'gradingPeriod', qu.from, qu.to, `sy-${y}`, String(y + 1), String(qu.quarter)]),
        ];
      }),
    );
    const subjects = await q<{ id: number; code: string; name_kk: string; name_ru: string; name_en: string; graded: boolean; sort_order: number }[]>`
      select * from subjects where id in (select subject_id from class_subjects where class_id = any(${classIds}::int[])) order by sort_order, id`;
    await add('courses', [
      ['course-homeroom', '', '', '', 'Сынып', 'homeroom', '', root, '', '', '', '', '', '', ''],
      ...subjects.map((s) => [`course-${s.code}`, '', '', '', s.name_kk, s.code, '', root, s.code, s.code, s.name_kk, s.name_ru, s.name_en, String(s.graded), String(s.sort_order)]),
    ]);
    const grade = (g: number) => String(g).padStart(2, '0');
    const classOf = new Map(classes.map((c) => [c.id, c]));
    await add('classes', [
      ...classes.map((c) => [sid('class', c.id), '', '', `${c.grade} «${c.letter}»`, grade(c.grade), 'course-homeroom', `${c.grade}${c.letter}`, 'homeroom', '', sid('org', c.organization_id), `sy-${c.school_year}`, '', '', '', String(c.grade), c.letter, '', '']),
      ...sections.map((s) => {
        const c = classOf.get(s.class_id)!;
        return [sid('section', s.class_id, s.subject_id), '', '', `${c.grade} «${c.letter}» ${s.code}`, grade(c.grade), `course-${s.code}`, `${c.grade}${c.letter}-${s.code}`, 'scheduled', '', sid('org', c.organization_id), `sy-${c.school_year}`, s.code, s.code, '', '', '', sid('class', s.class_id), String(s.lessons_per_week)];
      }),
    ]);

    // People: every member of the network, and whoever its classes and journal name.
    const people = await q<Array<Record<string, never>>>`
      with members as (
        select person_id from memberships where organization_id = any(${orgIds}::int[])
        union select sp.parent_person_id from student_parents sp join memberships m on m.person_id = sp.student_person_id and m.organization_id = any(${orgIds}::int[])
        union select teacher_person_id from class_subjects where class_id = any(${classIds}::int[])
        union select form_teacher_person_id from school_classes where id = any(${classIds}::int[]) and form_teacher_person_id is not null
      )
      select p.*, u.login, u.email as user_email, u.registered_at, u.last_sign_in_at, u.show_contacts, u.id as user_id,
        (select string_agg(x::text, ',') from (select parent_person_id as x from student_parents where student_person_id = p.id order by 1) a) as parents,
        (select string_agg(x::text, ',') from (select student_person_id as x from student_parents where parent_person_id = p.id order by 1) a) as children,
        (select organization_id from memberships where person_id = p.id and organization_id = any(${orgIds}::int[]) order by archived_at nulls first, id limit 1) as primary_org
      from persons p left join users u on u.person_id = p.id
      where p.id in (select person_id from members) order by p.id`;
    type PersonRow = { id: number; surname: string; name: string; patronymic: string | null; birth_date: string; sex: string; iin: string; email: string | null; phone: string | null; login: string | null; user_email: string | null; registered_at: Date | null; last_sign_in_at: Date | null; show_contacts: boolean | null; user_id: number | null; parents: string | null; children: string | null; primary_org: number | null };
    const personRows = people as unknown as PersonRow[];
    const personSet = new Set(personRows.map((p) => p.id));
    const signIns = new Map<number, string>();
    for await (const r of cursor<{ user_id: number; at: string }>(q, `select user_id, json_agg((extract(epoch from signed_in_at) * 1000)::bigint order by signed_in_at, id)::text as at from sign_ins where user_id = any($1::int[]) group by user_id`, [personRows.flatMap((p) => (p.user_id === null ? [] : [p.user_id]))])) {
      signIns.set(r.user_id, r.at);
    }
    const agents = (list: string | null) => (list ?? '').split(',').filter((x) => x && personSet.has(Number(x))).map((x) => sid('person', Number(x))).join(',');
    await add(
      'users',
      personRows.map((p) => [
        sid('person', p.id), '', '', p.user_id === null ? 'false' : 'true', p.login ?? p.iin, `{IIN:${p.iin}}`, p.name, p.surname, text(p.patronymic), p.iin, text(p.email), '', text(p.phone),
        p.parents ? agents(p.parents) : agents(p.children), '', '', '', '', '', '', p.primary_org === null ? '' : sid('org', p.primary_org), '',
        iso(p.registered_at), iso(p.last_sign_in_at), p.show_contacts === null ? '' : String(p.show_contacts), text(p.user_email), p.user_id === null ? '' : (signIns.get(p.user_id) ?? ''),
      ]),
    );
    await add('demographics', personRows.map((p) => [sid('person', p.id), '', '', p.birth_date, p.sex]));

    const roles = await q<Array<Record<string, never>>>`
      select m.*, (row_number() over (partition by m.person_id order by m.archived_at nulls first, m.id) = 1) as first,
        (select json_agg(json_build_array(mv.kind, mv.date::text, mv.class_id, mv.counterpart) order by mv.id) from student_movements mv
          where mv.student_person_id = m.person_id and mv.organization_id = m.organization_id) as movements,
        (m.id = (select max(id) from memberships x where x.person_id = m.person_id and x.organization_id = m.organization_id and x.role = 'student')) as movements_here,
        o.kind as org_kind
      from memberships m join organizations o on o.id = m.organization_id where m.organization_id = any(${orgIds}::int[]) order by m.id`;
    type RoleRow = { id: number; person_id: number; organization_id: number; role: string; position: string; social_position: string; employment: string; arrival_date: string | null; is_admin: boolean; is_moderator: boolean; is_editor: boolean; category: string | null; attestation_date: string | null; archived_at: Date | null; first: boolean; movements: Array<[string, string, number | null, string]> | null; movements_here: boolean; org_kind: string };
    await add(
      'roles',
      (roles as unknown as RoleRow[]).map((m) => [
        sid('role', m.id), '', '', sid('person', m.person_id), m.first ? 'primary' : 'secondary', ROLE_OUT[m.role] ?? (m.org_kind === 'authority' ? 'districtAdministrator' : 'aide'), text(m.arrival_date),
        m.archived_at ? new Date(m.archived_at).toISOString().slice(0, 10) : '', sid('org', m.organization_id), '',
        m.role, m.position, m.social_position, m.employment, [m.is_admin && 'admin', m.is_moderator && 'moderator', m.is_editor && 'editor'].filter(Boolean).join(','), text(m.category), text(m.attestation_date), iso(m.archived_at),
        m.role === 'student' && m.movements_here && m.movements ? JSON.stringify(m.movements.map(([kind, date, classId, counterpart]) => [kind, date, classId === null ? null : sid('class', classId), counterpart])) : '',
      ]),
    );

    const enrolled = await q<{ class_id: number; student_person_id: number }[]>`select * from class_students where class_id = any(${classIds}::int[]) order by class_id, student_person_id`;
    await add('enrollments', [
      ...enrolled.map((e) => [`${madeUpId(code, 'class', e.class_id)}-student-${e.student_person_id}`, '', '', sid('class', e.class_id), sid('org', classOf.get(e.class_id)!.organization_id), sid('person', e.student_person_id), 'student', 'false', '', '']),
      ...classes.filter((c) => c.form_teacher_person_id !== null).map((c) => [`${madeUpId(code, 'class', c.id)}-form-teacher`, '', '', sid('class', c.id), sid('org', c.organization_id), sid('person', c.form_teacher_person_id!), 'teacher', 'true', '', '']),
      ...sections.map((s) => [`${madeUpId(code, 'section', s.class_id, s.subject_id)}-teacher`, '', '', sid('section', s.class_id, s.subject_id), sid('org', classOf.get(s.class_id)!.organization_id), sid('person', s.teacher_person_id), 'teacher', 'true', '', '']),
    ]);
    await add('categories', Object.entries(KIND_TITLE).map(([kind, title]) => [`cat-${kind}`, '', '', title, kind]));

    const persons = (json: Record<string, unknown> | null) => (json ? JSON.stringify(Object.fromEntries(Object.entries(json).map(([id, v]) => [sid('person', Number(id)), v]))) : '');
    await add(
      'lineItems',
      (async function* () {
        for await (const l of cursor<{ id: number; class_id: number; subject_id: number; date: string; period: number; quarter: number; status: string; topic: string | null; teacher_person_id: number; substitute_person_id: number | null; recorded_at: Date | null; school_year: number; homework: string | null; reports: Record<string, number> | null; attendance: Record<string, string> | null; kinds: string | null; max_score: number | null; lesson_sid: string | null }>(
          q,
          `select l.id, l.class_id, l.subject_id, l.date::text as date, l.period, l.quarter, l.status, l.topic, l.teacher_person_id, l.substitute_person_id, l.recorded_at, c.school_year,
             h.text as homework, r.reports, a.attendance, mk.kinds, mk.max_score,
             (select sourced_id from oneroster_ids where entity = 'lesson' and local_id = l.id limit 1) as lesson_sid
           from lessons l
           join school_classes c on c.id = l.class_id
           left join homework h on h.lesson_id = l.id
           left join lateral (select json_object_agg(student_person_id, minutes) as reports from homework_reports where homework_id = h.id) r on true
           left join lateral (select json_object_agg(student_person_id, kind) as attendance from attendance_marks where lesson_id = l.id) a on true
           left join lateral (select string_agg(distinct kind::text, ',') as kinds, max(max_score) as max_score from marks where lesson_id = l.id) mk on true
           where l.class_id = any($1::int[]) order by l.id`,
          [classIds],
        )) {
          const kind = l.kinds && !l.kinds.includes(',') ? l.kinds : 'point';
          yield [
            l.lesson_sid ?? madeUpId(code, 'lesson', l.id), '', '', l.topic ?? `${l.date} ${l.period}`, l.topic ?? '', l.date, l.date, sid('section', l.class_id, l.subject_id), `cat-${kind}`, `q-${l.school_year}-${l.quarter}`, '0', String(l.max_score ?? 5),
            String(l.period), l.status, text(l.topic), sid('person', l.teacher_person_id), l.substitute_person_id === null ? '' : sid('person', l.substitute_person_id), iso(l.recorded_at),
            text(l.homework), persons(l.reports), persons(l.attendance),
          ];
        }
      })(),
    );

    await add(
      'results',
      (async function* () {
        for await (const m of cursor<{ id: string; lesson_id: number; student_person_id: number; kind: string; score: number; max_score: number; created_at: Date; edits: Array<[number, string, number, number]> | null; mark_sid: string | null; lesson_sid: string | null }>(
          q,
          `select m.id, m.lesson_id, m.student_person_id, m.kind, m.score, m.max_score, m.created_at, e.edits,
             (select sourced_id from oneroster_ids where entity = 'mark' and local_id = m.id limit 1) as mark_sid,
             (select sourced_id from oneroster_ids where entity = 'lesson' and local_id = m.lesson_id limit 1) as lesson_sid
           from lessons l join marks m on m.lesson_id = l.id
           left join (select mark_id, json_agg(json_build_array(editor_person_id, edited_at, old_score, new_score) order by id) as edits from journal_edits
             where organization_id = any($2::int[]) group by mark_id) e on e.mark_id = m.id
           where l.class_id = any($1::int[]) order by m.id`,
          [classIds, orgIds],
        )) {
          yield [
            m.mark_sid ?? madeUpId(code, 'mark', Number(m.id)), '', '', m.lesson_sid ?? madeUpId(code, 'lesson', m.lesson_id), sid('person', m.student_person_id), 'fully graded', String(m.score), iso(m.created_at).slice(0, 10), '',
            m.kind, String(m.max_score), iso(m.created_at), m.edits ? JSON.stringify(m.edits.map(([editor, at, from, to]) => [sid('person', editor), iso(at), from, to])) : '',
          ];
        }
      })(),
    );

    await writer.addFile(
      'manifest.csv',
      [
        csvRecord(['propertyName', 'value']),
        csvRecord(['manifest.version', '1.0']),
        csvRecord(['oneroster.version', '1.2']),
        ...MANIFEST_FILES.map((f) => csvRecord([`file.${f}`, (DATA_FILES as readonly string[]).includes(f) ? 'bulk' : 'absent'])),
        csvRecord(['source.systemName', 'Kundelik authority portal']),
        csvRecord(['source.systemCode', `k${code}`]),
      ],
    );
    await writer.finish();
  });
  return summary;
}
