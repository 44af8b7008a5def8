import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, persons } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { allCategories, categoryFilter, parseCategory, type PeopleNetwork } from '@/lib/people/categories';
import { countPeople, countPeopleCategories, loadPeopleNetwork, PEOPLE_PAGE_SIZE, searchPeople, searchPeopleCounted } from '@/lib/people/directory';
import { addPerson } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let network: PeopleNetwork;
let counts: Record<string, number>;

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  network = (await loadPeopleNetwork(db, 1))!;
  counts = await countPeopleCategories(db, network);
});

/** The same count the slow, obvious way: distinct people over the category's memberships. */
async function obviousCount(param: string): Promise<number> {
  const filter = categoryFilter(network, parseCategory(param))!;
  const roles = filter.roles ? sql`and role in (${sql.join(filter.roles.map((r) => sql`${r}`), sql`, `)})` : sql``;
  const admin = filter.adminOnly ? sql`and is_admin` : sql``;
  const [row] = await db.execute<{ n: number }>(
    sql`select count(distinct person_id)::int as n from memberships where archived_at is null and organization_id in (${sql.join(filter.organizationIds.map((id) => sql`${id}`), sql`, `)}) ${roles} ${admin}`,
  );
  return row!.n;
}

const search = (param: string, q?: string, registeredOnly = false, page = 1) =>
  searchPeople(db, { network, category: parseCategory(param), q, registeredOnly, page });

describe('People categories', () => {
  it('knows the network: two district departments and 24 institutions under the authority', () => {
    expect(network.orgKind).toBe('authority');
    expect(network.subAuthorities).toHaveLength(2);
    expect(network.institutionIds).toHaveLength(24);
  });

  it('counts every category as distinct people, the same as counting them one by one', async () => {
    const params = allCategories(network).map((c) => c.param);
    expect(params).toContain('inst.teachers');
    expect(params).toContain(`sub.${network.subAuthorities[0]!.id}.admins`);
    for (const param of params) expect(counts[param], param).toBe(await obviousCount(param));
  });

  it('counts the guide’s own staff: one leader, two deputies, one admin', () => {
    expect(counts['own.leaders']).toBe(1);
    expect(counts['own.deputies']).toBe(2);
    expect(counts['own.admins']).toBe(1);
    expect(counts['inst.directors']).toBe(24);
    expect(counts.all).toBeGreaterThan(3000);
    expect(counts.all).toBeLessThan(counts.own! + counts[`sub.${network.subAuthorities[0]!.id}`]! * 2 + counts.inst! + 1);
  });

  it('lists exactly the members of a category, each once, with their roles in the network', async () => {
    const leaders = await search('own.leaders');
    expect(leaders.map((p) => `${p.surname} ${p.name}`)).toEqual(['Искандерова Алия']);
    expect(leaders[0]!.roles).toEqual(['leader']);
    const admins = await search('own.admins');
    expect(admins.map((p) => p.surname)).toEqual(['Омарханова']);
    expect(admins[0]!.isAdmin).toBe(true);
    const deputies = await search('inst.deputies');
    expect(deputies.length).toBe(Math.min(PEOPLE_PAGE_SIZE, counts['inst.deputies']!));
    for (const person of deputies) expect(person.roles.some((r) => r === 'deputy_director' || r === 'head_of_studies'), person.surname).toBe(true);
    const ids = (await search('all')).map((p) => p.personId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pages through a category in a stable order without repeating anyone', async () => {
    const first = await search('inst.teachers', undefined, false, 1);
    const second = await search('inst.teachers', undefined, false, 2);
    expect(first).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(second.map((p) => p.personId).filter((id) => first.some((p) => p.personId === id))).toEqual([]);
    expect(await countPeople(db, { network, category: parseCategory('inst.teachers') })).toBe(counts['inst.teachers']);
  });

  it('answers an unknown category with nothing rather than everyone', async () => {
    expect(await search('sub.999999')).toEqual([]);
    expect(await countPeople(db, { network, category: parseCategory('sub.999999') })).toBe(0);
  });
});

describe('People search', () => {
  it('finds a name in any case and word order', async () => {
    for (const q of ['алия искандерова', 'ИСКАНДЕРОВА Алия', '  Алия   искандерова ']) {
      const found = await search('all', q);
      expect(found.map((p) => `${p.surname} ${p.name}`), q).toEqual(['Искандерова Алия']);
    }
  });

  it('finds a name by parts of words', async () => {
    const found = await search('all', 'искан ал');
    expect(found.map((p) => p.surname)).toContain('Искандерова');
    expect(found.every((p) => `${p.surname} ${p.name} ${p.patronymic ?? ''}`.toLowerCase().includes('искан'))).toBe(true);
    expect(await countPeople(db, { network, category: parseCategory('all'), q: 'искан ал' })).toBe(found.length);
  });

  it('finds Kazakh letters in any case', async () => {
    const found = await search('inst.teachers', 'ЖҰМАБАЕВА гүлнара СЕРІКҚЫЗЫ');
    expect(found.map((p) => p.surname)).toEqual(['Жұмабаева']);
    expect(found[0]!.roles).toEqual(['teacher']);
    expect(found[0]!.userId).not.toBeNull();
  });

  it('counts a search from the page’s own query: the same total as countPeople, also past the last page', async () => {
    for (const [param, q] of [['all', 'ах'], ['inst.teachers', 'а'], ['all', 'искан ал'], ['inst.students', 'ова']] as const) {
      const expected = await countPeople(db, { network, category: parseCategory(param), q });
      expect(expected, q).toBeGreaterThan(0);
      const first = await searchPeopleCounted(db, { network, category: parseCategory(param), q, page: 1 });
      expect(first.total, q).toBe(expected);
      expect(first.people, q).toEqual(await search(param, q));
      const past = await searchPeopleCounted(db, { network, category: parseCategory(param), q, page: Math.ceil(expected / PEOPLE_PAGE_SIZE) + 1 });
      expect(past).toEqual({ people: [], total: expected });
    }
  });

  it('finds one or two letters anywhere in the name, as for longer words (no trigram to look up)', async () => {
    const [row] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from persons p where p.name_search like '%ах%' and p.name_search like '%е%'
        and exists (select 1 from memberships m where m.person_id = p.id and m.archived_at is null)`);
    expect(await countPeople(db, { network, category: parseCategory('all'), q: 'Ах Е' })).toBe(row!.n);
  });

  it('treats % and _ as letters, not wildcards', async () => {
    expect(await search('all', '%')).toEqual([]);
    expect(await search('all', '_')).toEqual([]);
  });

  it('finds a person by the name they have now: the stored search name follows a rename', async () => {
    // Named «Ах…» so the two-letter search, which the trigram index cannot narrow, reads the stored names.
    const { personId } = await addPerson(db, { surname: 'Ахметжанова', name: 'Переименжан', orgId: 1 });
    expect((await search('all', 'ах переименжан')).map((p) => p.personId)).toEqual([personId]);
    await db.update(persons).set({ surname: 'Бекова', patronymic: 'Серікқызы' }).where(eq(persons.id, personId));
    expect(await search('all', 'ах переименжан')).toEqual([]);
    expect((await search('all', 'переименжан СЕРІКҚЫЗЫ бек')).map((p) => p.personId)).toEqual([personId]);
    await db.delete(memberships).where(eq(memberships.personId, personId));
  });

  it('shows only registered people when asked, and counts them', async () => {
    const everyone = await countPeople(db, { network, category: parseCategory('inst.students') });
    const registered = await countPeople(db, { network, category: parseCategory('inst.students'), registeredOnly: true });
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(everyone);
    const page = await search('inst.students', undefined, true);
    expect(page.every((p) => p.userId !== null)).toBe(true);
  });
});

describe('People order', () => {
  it('follows the Kazakh alphabet: Ә after А, Ө after О, Ұ after У, Russian letters in their order, Latin last', async () => {
    // Added last in this file: the counts above were taken from the seed alone.
    const surnames = ['Яковлев', 'Әбенов', 'Zimmer', 'Абенов', 'Өмірбек', 'Орлов', 'Ұланов', 'Уалиев', 'Қасым', 'Кузнецов'];
    for (const surname of surnames) await addPerson(db, { surname, name: 'Сортжан', orgId: 1 });
    const rows = await search('all', 'сортжан');
    expect(rows.map((r) => r.surname)).toEqual(['Абенов', 'Әбенов', 'Кузнецов', 'Қасым', 'Орлов', 'Өмірбек', 'Уалиев', 'Ұланов', 'Яковлев', 'Zimmer']);
  });
});
