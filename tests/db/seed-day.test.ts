import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed';
import { activityReport, type ActivityRow } from '@/lib/reports/activity';
import { listNotifications } from '@/lib/notifications/list';
import { runReport } from '@/lib/reports/run';
import { loadReportScope } from '@/lib/reports/scope';
import { useTestDatabase } from './test-database';

/**
 * The demo laid out around the day it is seeded (issue 15, item 22): seeded "on" 14 October 2027,
 * its school year is 2027/28, people signed in that day and that week, and the messages' read-by
 * days are around it — as 2026-11-28 is for the tests' fixed seed day.
 */
const { db } = await useTestDatabase();
const DAY = '2027-10-14';

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo', day: DAY });
});

describe('a demo seeded on a given day', () => {
  it('puts its classes in that day’s school year, pupils of grades 1 to 11 by birth year', async () => {
    const years = await db.execute<{ school_year: number }>(sql`select distinct school_year from school_classes`);
    expect(years.map((r) => Number(r.school_year))).toEqual([2027]);
    const grades = await db.execute<{ grade: number }>(sql`select distinct grade from school_classes order by grade`);
    expect(grades.map((r) => Number(r.grade))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const [lessons] = await db.execute<{ first: string; last: string }>(sql`select min(date)::text as first, max(date)::text as last from lessons`);
    expect(lessons).toEqual({ first: '2027-09-01', last: '2027-10-13' });
  });

  it('shows sign-ins on that day, that week and that month in the activity report', async () => {
    const scope = (await loadReportScope(db, 1, 'en'))!;
    const run = await runReport(db, activityReport, scope, 'en', { on: DAY }, DAY);
    if (!run.ok) throw new Error(run.error);
    const totals = run.result.totals as ActivityRow;
    expect(totals.day).toBeGreaterThan(0);
    expect(totals.week).toBeGreaterThan(totals.day);
    expect(totals.month).toBeGreaterThan(totals.week);
  });

  it('has messages past their read-by day and running ones around that day', async () => {
    expect((await listNotifications(db, { orgId: 1, tab: 'archive', today: DAY, page: 1 })).rows).toHaveLength(3);
    expect((await listNotifications(db, { orgId: 1, tab: 'active', today: DAY, page: 1 })).rows).toHaveLength(2);
  });
});
