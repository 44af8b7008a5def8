import { and, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Database } from '@/db';
import { memberships, organizations, persons, structuralUnitMembers, structuralUnits, users } from '@/db/schema';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/db/seed/demo-logins';
import { seedDemo, type SeedSummary } from '@/db/seed';
import { verifyPassword } from '@/lib/auth/password';
import { isValidIin, parseIin } from '@/lib/people/iin';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const { db: secondDb } = await useTestDatabase();

let summary: SeedSummary;

beforeAll(async () => {
  summary = await seedDemo(db, { scale: 'demo' });
  await seedDemo(secondDb, { scale: 'demo' });
});

async function digest(database: Database) {
  const [people] = await database.execute<{ md5: string }>(
    sql`select md5(string_agg(iin || surname || name || coalesce(patronymic, '') || birth_date || sex, ',' order by iin)) as md5 from persons`,
  );
  const [accounts] = await database.execute<{ md5: string }>(
    sql`select md5(string_agg(login || coalesce(email, '') || registered_at || coalesce(last_sign_in_at::text, ''), ',' order by login)) as md5 from users`,
  );
  const roles = await database.execute<{ role: string; count: number }>(
    sql`select role, count(*)::int as count from memberships group by role order by role`,
  );
  return { people: people!.md5, accounts: accounts!.md5, roles: [...roles] };
}

async function demoMemberships(login: string) {
  return db
    .select({
      role: memberships.role,
      isAdmin: memberships.isAdmin,
      isModerator: memberships.isModerator,
      isEditor: memberships.isEditor,
      category: memberships.category,
      organizationId: memberships.organizationId,
      kind: organizations.kind,
      parentId: organizations.parentId,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.personId, users.personId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(users.login, login));
}

describe('demo seed', () => {
  it('reports what it wrote', async () => {
    expect(summary.counts.organizations).toBe(27);
    expect(summary.counts.institutions).toBe(24);
    // The summary counts what the database holds, not what the plan meant to write.
    expect(summary.counts.organizations).toBe(await db.$count(organizations));
    expect(summary.counts.persons).toBe(await db.$count(persons));
    expect(summary.counts.users).toBe(await db.$count(users));
    expect(summary.counts.memberships).toBe(await db.$count(memberships));
  });

  it('creates one top authority with the guide’s three leaders and structural unit', async () => {
    const tops = await db.select().from(organizations).where(isNull(organizations.parentId));
    expect(tops).toHaveLength(1);
    const top = tops[0]!;
    expect(top.kind).toBe('authority');
    expect(top.phones).toBe('8-727-313-18-32');
    expect(top.email).toBe('team@kundelik.kz');

    const leaders = await db
      .select({ surname: persons.surname, name: persons.name, patronymic: persons.patronymic, role: memberships.role, position: memberships.position })
      .from(memberships)
      .innerJoin(persons, eq(persons.id, memberships.personId))
      .where(and(eq(memberships.organizationId, top.id), sql`${memberships.role} in ('leader', 'deputy')`))
      .orderBy(memberships.id);
    expect(leaders).toEqual([
      { surname: 'Искандерова', name: 'Алия', patronymic: null, role: 'leader', position: 'Начальник Управления образования Тестового района' },
      { surname: 'Мухамадиева', name: 'Айгерим', patronymic: 'Айбарбековна', role: 'deputy', position: 'Заместитель начальника Управления образования Тестового района' },
      { surname: 'Ибатулданова', name: 'Керим', patronymic: null, role: 'deputy', position: 'Заместитель начальника Управления образования Тестового района' },
    ]);

    const units = await db
      .select({ id: structuralUnits.id, name: structuralUnits.name, info: structuralUnits.info, head: persons.surname })
      .from(structuralUnits)
      .innerJoin(persons, eq(persons.id, structuralUnits.headPersonId))
      .where(eq(structuralUnits.organizationId, top.id));
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ name: 'Отдел воспитательной работы и соц. поддержки', head: 'Омарханова' });
    expect(units[0]!.info).toContain('График работы: пн-пт с 09.00 до 18.00');
    const members = await db.select().from(structuralUnitMembers).where(eq(structuralUnitMembers.unitId, units[0]!.id));
    expect(members.length).toBeGreaterThanOrEqual(2);
  });

  it('creates two subordinate authorities and 24 institutions under the top authority', async () => {
    const rows = await db
      .select({ kind: organizations.kind, count: sql<number>`count(*)::int` })
      .from(organizations)
      .where(sql`${organizations.parentId} is not null`)
      .groupBy(organizations.kind)
      .orderBy(organizations.kind);
    expect(rows).toEqual([
      { kind: 'authority', count: 2 },
      { kind: 'institution', count: 24 },
    ]);
  });

  it('creates about 3,500 persons, about 60 % of them registered', async () => {
    const [row] = await db.execute<{ persons: number; users: number }>(
      sql`select (select count(*)::int from persons) as persons, (select count(*)::int from users) as users`,
    );
    expect(row!.persons).toBeGreaterThanOrEqual(3300);
    expect(row!.persons).toBeLessThanOrEqual(3700);
    expect(row!.users / row!.persons).toBeGreaterThanOrEqual(0.55);
    expect(row!.users / row!.persons).toBeLessThanOrEqual(0.65);
    expect(summary.counts.persons).toBe(row!.persons);
    expect(summary.counts.users).toBe(row!.users);
  });

  it('gives every person a valid IIN that agrees with the birth date and sex', async () => {
    const rows = await db.select({ iin: persons.iin, birthDate: persons.birthDate, sex: persons.sex }).from(persons);
    const wrong = rows.filter((r) => {
      const parsed = parseIin(r.iin);
      return !isValidIin(r.iin) || !parsed.valid || parsed.birthDate !== r.birthDate || parsed.sex !== r.sex;
    });
    expect(wrong).toEqual([]);
  });

  it('gives every user a login that is unique regardless of case', async () => {
    const [row] = await db.execute<{ logins: number; distinct: number }>(
      sql`select count(*)::int as logins, count(distinct lower(login))::int as distinct from users`,
    );
    expect(row!.distinct).toBe(row!.logins);
  });

  it('creates the demo accounts with their memberships, rights and the demo password', async () => {
    for (const { login } of DEMO_LOGINS) {
      const [user] = await db.select().from(users).where(eq(users.login, login));
      expect(user, login).toBeDefined();
      expect(await verifyPassword(user!.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    const [firstSchool] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.kind, 'institution'))
      .orderBy(organizations.id)
      .limit(1);

    expect(await demoMemberships('admin')).toEqual([
      expect.objectContaining({ role: 'employee', kind: 'authority', parentId: null, isAdmin: true, isModerator: true, isEditor: true }),
    ]);
    expect(await demoMemberships('staff')).toEqual([
      expect.objectContaining({ role: 'employee', kind: 'authority', parentId: null, isAdmin: false, isModerator: false, isEditor: false }),
    ]);
    const teacher = await demoMemberships('teacher');
    expect(teacher).toEqual([expect.objectContaining({ role: 'teacher', organizationId: firstSchool!.id })]);
    expect(teacher[0]!.category).not.toBeNull();
    expect(await demoMemberships('parent')).toEqual([expect.objectContaining({ role: 'parent', organizationId: firstSchool!.id })]);
  });

  it('gives every teacher membership a qualification category', async () => {
    const [row] = await db.execute<{ missing: number; teachers: number }>(
      sql`select count(*) filter (where category is null)::int as missing, count(*)::int as teachers from memberships where role = 'teacher'`,
    );
    expect(row!.teachers).toBeGreaterThan(400);
    expect(row!.missing).toBe(0);
  });

  it('writes the same data on every run', async () => {
    const [first, second] = await Promise.all([digest(db), digest(secondDb)]);
    expect(second).toEqual(first);
  });

  it('refuses to seed a database that already holds organisations', async () => {
    await expect(seedDemo(db, { scale: 'demo' })).rejects.toThrow(/already holds/);
  });
});
