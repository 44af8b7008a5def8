/**
 * People search benchmark (F-2.3): the city-scale demo (≈ 300,000 people) in a fresh embedded
 * PostgreSQL, then the People tab's own queries (lib/people/directory.ts) for 240 two-word partial
 * names taken from the data ("Ахме Дан": the first four letters of a surname and three of a
 * name), in the top authority's "All" category. Prints p50/p95/max of the page query and of its
 * count, and the cost of the category counts and of an unfiltered page. Goal: p95 < 50 ms.
 * Run: npx tsx tests/bench/people-search.ts
 */
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../db/seed';
import { ALL, parseCategory } from '../../lib/people/categories';
import { countPeople, countPeopleCategories, loadPeopleNetwork, searchPeople } from '../../lib/people/directory';
import { runBench, withBenchDatabase } from './bench-database';
import { goal } from './lib/goals';
import { quantile, stats, timed } from './lib/stats';

const SAMPLES = 240;

async function main() {
  await withBenchDatabase('people', async (db) => {
    // The school data (journal) is not what this measures: left out to keep the run short.
    const seeded = await seedDemo(db, { scale: 'city', journal: false });
    await db.execute(sql`analyze`);
    console.log(`city seed: ${seeded.counts.persons} persons, ${seeded.counts.memberships} memberships in ${(seeded.elapsedMs / 1000).toFixed(1)} s`);

    const network = (await loadPeopleNetwork(db, 1))!;
    // Every 1,200th person: a spread of surnames of every origin, the same on every run.
    const people = await db.execute<{ surname: string; name: string }>(
      sql`select surname, name from persons where id % 1200 = 7 and char_length(surname) >= 4 and char_length(name) >= 3 order by id limit ${SAMPLES}`,
    );
    const queries = people.map((p) => `${p.surname.slice(0, 4)} ${p.name.slice(0, 3)}`);

    // Warm-up: the first queries load the index pages and prepare the statements.
    for (const q of queries.slice(0, 10)) await searchPeople(db, { network, category: ALL, q, page: 1 });

    const pageMs: number[] = [];
    const countMs: number[] = [];
    let matches = 0;
    for (const q of queries) {
      const [rows, page] = await timed(() => searchPeople(db, { network, category: ALL, q, page: 1 }));
      const [total, count] = await timed(() => countPeople(db, { network, category: ALL, q }));
      if (rows.length === 0) throw new Error(`"${q}" found nobody, though it was taken from the data`);
      pageMs.push(page);
      countMs.push(count);
      matches += total;
    }
    console.log(`people search, ${queries.length} two-word partial names (e.g. "${queries[0]}", "${queries[1]}"), ${(matches / queries.length).toFixed(1)} matches on average:`);
    console.log(`  page query (50 rows + roles): ${stats(pageMs)}`);
    console.log(`  count query:                  ${stats(countMs)}`);
    goal('people search, page query, p95', quantile(pageMs, 0.95), 50, 'ms');
    goal('people search, count query, p95', quantile(countMs, 0.95), 50, 'ms');

    const treeMs: number[] = [];
    for (let i = 0; i < 5; i++) treeMs.push((await timed(() => countPeopleCategories(db, network)))[1]);
    console.log(`category counts (the whole tree, ${network.institutionIds.length} institutions): ${stats(treeMs)}`);
    const unfiltered: number[] = [];
    for (let i = 0; i < 5; i++) unfiltered.push((await timed(() => searchPeople(db, { network, category: ALL, page: 1 })))[1]);
    console.log(`"All" without a search, first page: ${stats(unfiltered)}`);
    const teachers: number[] = [];
    for (let i = 0; i < 5; i++) teachers.push((await timed(() => searchPeople(db, { network, category: parseCategory('inst.teachers'), page: 3 })))[1]);
    console.log(`"Teachers" without a search, third page: ${stats(teachers)}`);
    const registered: number[] = [];
    for (let i = 0; i < 5; i++) registered.push((await timed(() => countPeople(db, { network, category: ALL, registeredOnly: true })))[1]);
    console.log(`"All", registered only, count: ${stats(registered)}`);
  });
}

runBench(main);
