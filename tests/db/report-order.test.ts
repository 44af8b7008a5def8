import { beforeAll, describe, expect, it } from 'vitest';
import { territories } from '@/db/schema';
import { createClasses, enrolStudents } from '@/lib/journal/school';
import { INSTITUTION_REPORT_DEFINITIONS } from '@/lib/reports/institution';
import type { AnyReportDefinition } from '@/lib/reports/definition';
import { runReport } from '@/lib/reports/run';
import { loadReportScope } from '@/lib/reports/scope';
import { buildReportFixture, type Fixture } from './report-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let fx: Fixture;

beforeAll(async () => {
  fx = await buildReportFixture(db);
});

describe('report lists in the reader’s order (issue 15, item 10)', () => {
  it('lists students by class in natural order: 2 «Ә» before 10 «А»', async () => {
    const { s1 } = fx.schools;
    const { sara, sanzhar } = fx.people;
    const [c10, c2] = await createClasses(db, [
      { organizationId: s1, schoolYear: 2026, grade: 10, letter: 'А', formTeacherPersonId: null },
      { organizationId: s1, schoolYear: 2026, grade: 2, letter: 'Ә', formTeacherPersonId: null },
    ]);
    await enrolStudents(db, [
      { classId: c10!, studentPersonId: sara.personId },
      { classId: c2!, studentPersonId: sanzhar.personId },
    ]);
    const scope = (await loadReportScope(db, fx.authority, 'en'))!;
    const run = await runReport(db, INSTITUTION_REPORT_DEFINITIONS.students as AnyReportDefinition, scope, 'en', { school: String(s1) }, '2026-11-28');
    if (!run.ok) throw new Error(run.error);
    const classes = (run.result.rows as Array<{ className: string }>).map((r) => r.className);
    expect(classes).toEqual(['2 «Ә»', '10 «А»']);
  });

  it('offers districts in the Kazakh alphabet on the Kazakh page (Ә after А, before Қ), in Russian order on the Russian one', async () => {
    const scopeBefore = (await loadReportScope(db, fx.authority, 'kk'))!;
    const region = await db.query.territories.findFirst({ where: (t, { eq }) => eq(t.katoCode, '190000000') });
    await db.insert(territories).values({ parentId: region!.id, level: 'district', katoCode: '193000000', nameKk: 'Әйтеке би ауданы', nameRu: 'Айтекебийский район', nameEn: 'Aiteke Bi District' });
    const kk = (await loadReportScope(db, fx.authority, 'kk'))!;
    expect(kk.districts.map((d) => d.name)).toEqual(['Аудан D1', 'Әйтеке би ауданы', 'Қала D2']);
    expect(scopeBefore.districts).toHaveLength(2);
    const ru = (await loadReportScope(db, fx.authority, 'ru'))!;
    expect(ru.districts.map((d) => d.name)).toEqual(['Айтекебийский район', 'Город D2', 'Район D1']);
  });
});
