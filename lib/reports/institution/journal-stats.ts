import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import type { Locale } from '@/lib/i18n/routing';
import type { ChartSpec, ReportColumn } from '../definition';
import { type InstitutionFilters, institutionReport, share } from './common';

/**
 * The journal's statistics of one institution, read from journal_class_stats (per class,
 * subject and quarter) and student_absence_days: performance, marks, average mark, homework,
 * e-journal keeping and attendance (F-7.3).
 */

type Stats = {
  held: number;
  cancelled: number;
  substituted: number;
  withTopic: number;
  withMarks: number;
  late: number;
  m2: number;
  m3: number;
  m4: number;
  m5: number;
  formative: number;
  illness: number;
  other: number;
  lates: number;
  homework: number;
  reports: number;
  minutes: number;
};

export type StatsRow = Stats & { className: string; subject: string; quarter: number | null; teacher: string };

const SUMS = sql.raw(`sum(s.lessons_held)::int as held, sum(s.lessons_cancelled)::int as cancelled, sum(s.lessons_substituted)::int as substituted,
  sum(s.lessons_with_topic)::int as "withTopic", sum(s.lessons_with_marks)::int as "withMarks", sum(s.late_entries)::int as late,
  sum(s.marks2)::int as m2, sum(s.marks3)::int as m3, sum(s.marks4)::int as m4, sum(s.marks5)::int as m5, sum(s.formative_marks)::int as formative,
  sum(s.absent_illness)::int as illness, sum(s.absent_other)::int as other, sum(s.lates)::int as lates,
  sum(s.homework_set)::int as homework, sum(s.homework_reports)::int as reports, sum(s.homework_minutes)::int as minutes`);

export type StatsGrouping = 'class-subject' | 'class' | 'subject' | 'teacher';

/** The rollup summed per class and subject, class, subject or teacher, per quarter (or the chosen one). */
export async function journalStats(db: Database, filters: InstitutionFilters, grouping: StatsGrouping, locale: Locale): Promise<StatsRow[]> {
  const subjectName = sql.raw(`sub.name_${locale}`);
  const className = sql`c.grade || ' «' || c.letter || '»'`;
  const teacherName = sql`concat_ws(' ', tp.surname, tp.name, tp.patronymic)`;
  const keys =
    grouping === 'class-subject'
      ? sql`c.grade, c.letter, sub.sort_order, ${className}, ${subjectName}`
      : grouping === 'class'
        ? sql`c.grade, c.letter, ${className}`
        : grouping === 'subject'
          ? sql`sub.sort_order, ${subjectName}`
          : sql`${teacherName}`;
  const rows = await db.execute<StatsRow>(sql`
    select ${grouping === 'class-subject' || grouping === 'class' ? className : sql`''`} as "className",
      ${grouping === 'class-subject' || grouping === 'subject' ? subjectName : sql`''`} as subject,
      ${grouping === 'teacher' ? teacherName : sql`''`} as teacher,
      s.quarter::int as quarter, ${SUMS}
    from journal_class_stats s
    join school_classes c on c.id = s.class_id
    join subjects sub on sub.id = s.subject_id
    left join class_subjects cs on cs.class_id = s.class_id and cs.subject_id = s.subject_id
    left join persons tp on tp.id = cs.teacher_person_id
    where s.organization_id = ${filters.school} and c.school_year = ${filters.schoolYear}
      ${filters.quarter === null ? sql`` : sql`and s.quarter = ${filters.quarter}`}
    group by ${keys}, s.quarter
    order by ${keys}, s.quarter`);
  return [...rows];
}

function total(rows: StatsRow[]): StatsRow {
  const sum: StatsRow = { className: '', subject: '', teacher: '', quarter: null, held: 0, cancelled: 0, substituted: 0, withTopic: 0, withMarks: 0, late: 0, m2: 0, m3: 0, m4: 0, m5: 0, formative: 0, illness: 0, other: 0, lates: 0, homework: 0, reports: 0, minutes: 0 };
  for (const row of rows) for (const key of Object.keys(sum) as Array<keyof StatsRow>) if (typeof sum[key] === 'number') (sum[key] as number) += row[key] as number;
  return sum;
}

const graded = (r: Stats) => r.m2 + r.m3 + r.m4 + r.m5;

/** The average 5-point mark, two decimals; null without marks. */
export function averageMark(r: Stats): number | null {
  const n = graded(r);
  return n === 0 ? null : Math.round(((2 * r.m2 + 3 * r.m3 + 4 * r.m4 + 5 * r.m5) * 100) / n) / 100;
}

const int = (key: string, label: string, value: (r: StatsRow) => number): ReportColumn<StatsRow> => ({ key, label, kind: 'integer', value });
const pct = (key: string, label: string, value: (r: StatsRow) => number): ReportColumn<StatsRow> => ({ key, label, kind: 'percent', value });
const quarterColumn: ReportColumn<StatsRow> = { key: 'quarter', label: 'col_quarter', kind: 'integer', value: (r) => r.quarter };
const classColumn: ReportColumn<StatsRow> = { key: 'class', label: 'col_class', kind: 'text', value: (r) => r.className };
const subjectColumn: ReportColumn<StatsRow> = { key: 'subject', label: 'col_subject', kind: 'text', value: (r) => r.subject };

/** `keep` drops the rows with nothing to show (first graders have no 5-point marks, PE no homework). */
function statsReport(
  name: 'performance' | 'marks' | 'average' | 'homework' | 'journal',
  grouping: StatsGrouping,
  keep: (r: StatsRow) => boolean,
  columns: Array<ReportColumn<StatsRow>>,
  chart?: ChartSpec<StatsRow>,
) {
  return institutionReport<StatsRow>(name, {
    chart: chart ? () => chart : undefined,
    async run({ db, locale }, filters) {
      const rows = (await journalStats(db, filters, grouping, locale)).filter(keep);
      return { rows, totals: total(rows) };
    },
    columns: () => [
      ...(grouping === 'class-subject' || grouping === 'class' ? [classColumn] : []),
      ...(grouping === 'class-subject' || grouping === 'subject' ? [subjectColumn] : []),
      ...(grouping === 'teacher' ? [{ key: 'teacher', label: 'col_teacher', kind: 'text', value: (r: StatsRow) => r.teacher } as ReportColumn<StatsRow>] : []),
      quarterColumn,
      ...columns,
    ],
  });
}

/** Quality (share of 4s and 5s) and failure (share of 2s) among the 5-point marks of the quarter. */
export const performanceReport = statsReport('performance', 'class-subject', (r) => graded(r) > 0, [
  int('marks', 'col_marks', graded),
  pct('quality', 'col_quality', (r) => share(r.m4 + r.m5, graded(r))),
  pct('fail', 'col_fail', (r) => share(r.m2, graded(r))),
]);

export const marksReport = statsReport('marks', 'subject', (r) => graded(r) + r.formative > 0, [
  int('m5', 'col_mark5', (r) => r.m5),
  int('m4', 'col_mark4', (r) => r.m4),
  int('m3', 'col_mark3', (r) => r.m3),
  int('m2', 'col_mark2', (r) => r.m2),
  int('marks', 'col_marks', graded),
  int('formative', 'col_formative', (r) => r.formative),
]);

export const averageReport = statsReport(
  'average',
  'class',
  (r) => graded(r) > 0,
  [int('marks', 'col_marks', graded), { key: 'average', label: 'col_average', kind: 'decimal', value: averageMark }],
  { category: (r) => `${r.className} · ${r.quarter}`, series: [{ key: 'average', label: 'col_average', value: (r) => averageMark(r) ?? 0 }] },
);

export const homeworkReport = statsReport('homework', 'class-subject', (r) => r.homework > 0, [
  int('set', 'col_homework_set', (r) => r.homework),
  int('reports', 'col_homework_reports', (r) => r.reports),
  { key: 'minutes', label: 'col_homework_minutes', kind: 'decimal', value: (r) => (r.reports === 0 ? null : Math.round((r.minutes * 10) / r.reports) / 10) },
]);

export const journalKeepingReport = statsReport('journal', 'teacher', (r) => r.held + r.cancelled > 0, [
  int('held', 'col_lessons_held', (r) => r.held),
  int('topic', 'col_with_topic', (r) => r.withTopic),
  pct('topic_share', 'col_with_topic_share', (r) => share(r.withTopic, r.held)),
  int('marks', 'col_with_marks', (r) => r.withMarks),
  pct('marks_share', 'col_with_marks_share', (r) => share(r.withMarks, r.held)),
  int('late', 'col_late_entries', (r) => r.late),
]);

export type AttendanceRow = { className: string; quarter: number | null; lessons: number; illness: number; days: number; daysIllness: number; lates: number };

/**
 * Attendance per class and quarter: lessons missed (of them for illness) from the rollup, and
 * full days missed — a day on which a student missed every lesson the class held.
 */
export const attendanceReport = institutionReport<AttendanceRow>('attendance', {
  async run({ db }, filters) {
    const quarter = filters.quarter === null ? sql`` : sql`and s.quarter = ${filters.quarter}`;
    const rows = await db.execute<AttendanceRow>(sql`
      with lessons_per_day as (
        select class_id, date, count(*) filter (where status <> 'cancelled') as held
        from lessons where organization_id = ${filters.school} group by class_id, date
      ), days as (
        select d.class_id, d.quarter, count(*) filter (where d.missed >= l.held)::int as days,
          count(*) filter (where d.missed >= l.held and d.missed_illness >= l.held)::int as days_illness
        from student_absence_days d join lessons_per_day l on l.class_id = d.class_id and l.date = d.date
        where d.organization_id = ${filters.school}
        group by d.class_id, d.quarter
      )
      select c.grade || ' «' || c.letter || '»' as "className", s.quarter::int as quarter,
        sum(s.absent_illness + s.absent_other)::int as lessons, sum(s.absent_illness)::int as illness,
        coalesce(max(dy.days), 0)::int as days, coalesce(max(dy.days_illness), 0)::int as "daysIllness", sum(s.lates)::int as lates
      from journal_class_stats s
      join school_classes c on c.id = s.class_id
      left join days dy on dy.class_id = s.class_id and dy.quarter = s.quarter
      where s.organization_id = ${filters.school} and c.school_year = ${filters.schoolYear} ${quarter}
      group by c.grade, c.letter, s.quarter
      order by c.grade, c.letter, s.quarter`);
    const totals = rows.reduce<AttendanceRow>(
      (t, r) => ({ className: '', quarter: null, lessons: t.lessons + r.lessons, illness: t.illness + r.illness, days: t.days + r.days, daysIllness: t.daysIllness + r.daysIllness, lates: t.lates + r.lates }),
      { className: '', quarter: null, lessons: 0, illness: 0, days: 0, daysIllness: 0, lates: 0 },
    );
    return { rows: [...rows], totals };
  },
  chart: () => ({
    category: (r) => `${r.className} · ${r.quarter}`,
    series: [
      { key: 'lessons', label: 'group_lessons_missed', value: (r) => r.lessons },
      { key: 'illness', label: 'col_illness', value: (r) => r.illness },
    ],
  }),
  columns: () => [
    { key: 'class', label: 'col_class', kind: 'text', value: (r) => r.className },
    { key: 'quarter', label: 'col_quarter', kind: 'integer', value: (r) => r.quarter },
    { key: 'lessons', label: 'col_total', group: 'group_lessons_missed', kind: 'integer', value: (r) => r.lessons },
    { key: 'illness', label: 'col_illness', group: 'group_lessons_missed', kind: 'integer', value: (r) => r.illness },
    { key: 'days', label: 'col_total', group: 'group_days_missed', kind: 'integer', value: (r) => r.days },
    { key: 'days_illness', label: 'col_illness', group: 'group_days_missed', kind: 'integer', value: (r) => r.daysIllness },
    { key: 'lates', label: 'col_lates', kind: 'integer', value: (r) => r.lates },
  ],
});
