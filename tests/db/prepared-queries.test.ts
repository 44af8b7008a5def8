import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, type Database } from '@/db';
import { builtOncePerPool, statementBuiltOnce } from '@/db/prepared';
import { persons } from '@/db/schema';
import { addPerson } from './people-fixtures';
import { useTestDatabase } from './test-database';

/** db/prepared.ts: the queries every page runs, built once and run with each call's values. */
const { db, url } = await useTestDatabase();
const other = createDatabase(url, { max: 1 });
afterAll(() => closeDatabase(other));

const first = { id: (await addPerson(db, { surname: 'Ахметов', name: 'Дәулет' })).personId };
const second = { id: (await addPerson(db, { surname: 'Серікова', name: 'Айгүл' })).personId };

describe('queries built once', () => {
  it('a raw statement is built on its first call only, and each call gets the rows of its own values', async () => {
    let builds = 0;
    const surnameOf = statementBuiltOnce<{ id: number; suffix: string }, { surname: string }>((p) => {
      builds += 1;
      return sql`select ${persons.surname} || ${p.suffix}::text as surname from ${persons} where ${persons.id} = ${p.id}`;
    });
    const [a, b] = await Promise.all([surnameOf(db, { id: first.id, suffix: '!' }), surnameOf(db, { id: second.id, suffix: '?' })]);
    expect([a, b]).toEqual([[{ surname: 'Ахметов!' }], [{ surname: 'Серікова?' }]]);
    expect(await surnameOf(other, { id: first.id, suffix: '' })).toEqual([{ surname: 'Ахметов' }]);
    expect(builds).toBe(1);
    // The same rows as db.execute gives for the query written with its values.
    expect(await surnameOf(db, { id: second.id, suffix: '' })).toEqual([...(await db.execute(sql`select ${persons.surname} || ${''}::text as surname from ${persons} where ${persons.id} = ${second.id}`))]);
  });

  it('a drizzle prepared query is built once per pool and maps its columns as drizzle does', async () => {
    const pools: Database[] = [];
    const byId = builtOncePerPool((pool: Database) => {
      pools.push(pool);
      return pool.select({ id: persons.id, givenName: persons.name }).from(persons).where(eq(persons.id, sql.placeholder('id'))).prepare('test_person_by_id');
    });
    expect(await byId(db).execute({ id: first.id })).toEqual([{ id: first.id, givenName: 'Дәулет' }]);
    expect(await byId(db).execute({ id: second.id })).toEqual([{ id: second.id, givenName: 'Айгүл' }]);
    expect(await byId(other).execute({ id: second.id })).toEqual([{ id: second.id, givenName: 'Айгүл' }]);
    expect(byId(db)).toBe(byId(db));
    expect(pools).toEqual([db, other]);
  });
});
