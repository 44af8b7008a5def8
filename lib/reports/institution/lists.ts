import { sql } from 'drizzle-orm';
import { institutionReport } from './common';

/** One institution's lists: student movement, cancelled and substituted lessons, per-user activity, journal changes (F-7.3). */

const quarterFilter = (quarter: number | null, column: string) => (quarter === null ? sql`` : sql`and ${sql.raw(column)} = ${quarter}`);

export type MovementRow = { date: string; student: string; kind: string; className: string; counterpart: string };

export const movementReport = institutionReport<MovementRow>('movement', {
  numbered: true,
  async run({ db }, filters) {
    const rows = await db.execute<MovementRow>(sql`
      select mv.date::text as date, concat_ws(' ', p.surname, p.name, p.patronymic) as student, mv.kind::text as kind,
        coalesce(c.grade || ' «' || c.letter || '»', '') as "className", mv.counterpart
      from student_movements mv
      join persons p on p.id = mv.student_person_id
      left join school_classes c on c.id = mv.class_id
      where mv.organization_id = ${filters.school}
      order by mv.date, p.surname, p.name`);
    return { rows: [...rows] };
  },
  columns: () => [
    { key: 'date', label: 'col_date', kind: 'date', value: (r) => r.date },
    { key: 'student', label: 'col_name', kind: 'text', value: (r) => r.student },
    { key: 'kind', label: 'col_movement', kind: 'text', value: (r) => `Journal.movement_${r.kind}`, translated: true },
    { key: 'class', label: 'col_class', kind: 'text', value: (r) => r.className },
    { key: 'counterpart', label: 'col_counterpart', kind: 'text', value: (r) => r.counterpart },
  ],
});

export type LessonRow = { date: string; period: number; className: string; subject: string; teacher: string; status: string; substitute: string };

/** Administration: every cancelled or substituted lesson, with the teacher and the substitute. */
export const lessonsReport = institutionReport<LessonRow>('lessons', {
  numbered: true,
  async run({ db, locale }, filters) {
    const rows = await db.execute<LessonRow>(sql`
      select l.date::text as date, l.period::int as period, c.grade || ' «' || c.letter || '»' as "className", ${sql.raw(`s.name_${locale}`)} as subject,
        concat_ws(' ', t.surname, t.name, t.patronymic) as teacher, l.status::text as status,
        coalesce(concat_ws(' ', st.surname, st.name, st.patronymic), '') as substitute
      from lessons l
      join school_classes c on c.id = l.class_id
      join subjects s on s.id = l.subject_id
      join persons t on t.id = l.teacher_person_id
      left join persons st on st.id = l.substitute_person_id
      where l.organization_id = ${filters.school} and l.status <> 'held' and c.school_year = ${filters.schoolYear} ${quarterFilter(filters.quarter, 'l.quarter')}
      order by l.date, l.period, c.grade, c.letter`);
    return { rows: [...rows] };
  },
  columns: () => [
    { key: 'date', label: 'col_date', kind: 'date', value: (r) => r.date },
    { key: 'period', label: 'col_period', kind: 'integer', value: (r) => r.period },
    { key: 'class', label: 'col_class', kind: 'text', value: (r) => r.className },
    { key: 'subject', label: 'col_subject', kind: 'text', value: (r) => r.subject },
    { key: 'teacher', label: 'col_teacher', kind: 'text', value: (r) => r.teacher },
    { key: 'status', label: 'col_status', kind: 'text', value: (r) => `Journal.lesson_${r.status}`, translated: true },
    { key: 'substitute', label: 'col_substitute', kind: 'text', value: (r) => r.substitute },
  ],
});

export type ActivityUserRow = { name: string; roles: string; registered: boolean; days: number; lastSignIn: string | null };

/**
 * Per-user activity: every member of the institution, whether they registered, on how many of
 * the last 30 days (to the report day) they signed in, and when they last did.
 */
export const userActivityReport = institutionReport<ActivityUserRow>('activity', {
  numbered: true,
  async run({ db, scope, today }, filters) {
    const rows = await db.execute<ActivityUserRow>(sql`
      select concat_ws(' ', p.surname, p.name, p.patronymic) as name, string_agg('Roles.' || m.role::text, ',' order by m.role) as roles,
        (u.id is not null) as registered,
        coalesce((select count(*)::int from sign_in_user_days d where d.organization_id = ${filters.school} and d.user_id = u.id
          and d.day > ${today}::date - 30 and d.day <= ${today}::date), 0) as days,
        to_char(u.last_sign_in_at at time zone ${scope.authority.timeZone}, 'YYYY-MM-DD HH24:MI') as "lastSignIn"
      from memberships m
      join persons p on p.id = m.person_id
      left join users u on u.person_id = p.id
      where m.organization_id = ${filters.school} and m.archived_at is null
      group by p.id, u.id
      order by p.surname, p.name, p.id`);
    return { rows: [...rows] };
  },
  columns: () => [
    { key: 'name', label: 'col_name', kind: 'text', value: (r) => r.name },
    { key: 'roles', label: 'col_roles', kind: 'text', value: (r) => r.roles, translated: true },
    { key: 'registered', label: 'col_registered', kind: 'text', value: (r) => (r.registered ? 'yes' : 'no'), translated: true },
    { key: 'days', label: 'col_days_month', kind: 'integer', value: (r) => r.days },
    { key: 'last', label: 'col_last_sign_in', kind: 'text', value: (r) => r.lastSignIn },
  ],
});

export type HistoryRow = { editedAt: string; editor: string; student: string; className: string; subject: string; lessonDate: string; oldScore: number; newScore: number };

/** The journal's change history: who changed which mark, when, from what to what; newest first. */
export const historyReport = institutionReport<HistoryRow>('history', {
  numbered: true,
  async run({ db, scope, locale }, filters) {
    const rows = await db.execute<HistoryRow>(sql`
      select to_char(e.edited_at at time zone ${scope.authority.timeZone}, 'YYYY-MM-DD HH24:MI') as "editedAt",
        concat_ws(' ', ed.surname, ed.name, ed.patronymic) as editor, concat_ws(' ', st.surname, st.name, st.patronymic) as student,
        c.grade || ' «' || c.letter || '»' as "className", ${sql.raw(`s.name_${locale}`)} as subject, l.date::text as "lessonDate",
        e.old_score::int as "oldScore", e.new_score::int as "newScore"
      from journal_edits e
      join marks m on m.id = e.mark_id
      join lessons l on l.id = m.lesson_id
      join school_classes c on c.id = l.class_id
      join subjects s on s.id = l.subject_id
      join persons ed on ed.id = e.editor_person_id
      join persons st on st.id = m.student_person_id
      where e.organization_id = ${filters.school} ${quarterFilter(filters.quarter, 'l.quarter')}
      order by e.edited_at desc, e.id desc`);
    return { rows: [...rows] };
  },
  columns: () => [
    { key: 'edited', label: 'col_edited_at', kind: 'text', value: (r) => r.editedAt },
    { key: 'editor', label: 'col_editor', kind: 'text', value: (r) => r.editor },
    { key: 'student', label: 'col_student', kind: 'text', value: (r) => r.student },
    { key: 'class', label: 'col_class', kind: 'text', value: (r) => r.className },
    { key: 'subject', label: 'col_subject', kind: 'text', value: (r) => r.subject },
    { key: 'lesson', label: 'col_lesson_date', kind: 'date', value: (r) => r.lessonDate },
    { key: 'old', label: 'col_old_score', kind: 'integer', value: (r) => r.oldScore },
    { key: 'new', label: 'col_new_score', kind: 'integer', value: (r) => r.newScore },
  ],
});
