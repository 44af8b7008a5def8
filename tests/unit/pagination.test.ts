import { drizzle } from 'drizzle-orm/postgres-js';
import { describe, expect, it } from 'vitest';
import { persons } from '@/db/schema';
import { limitInStatement, pageCount, pageWindow, parsePage } from '@/lib/pagination';

describe('pagination', () => {
  it('reads a page number from the address, 1 for anything else', () => {
    expect(parsePage('3')).toBe(3);
    expect(['0', '-2', 'x', '100001', undefined].map(parsePage)).toEqual([1, 1, 1, 1, 1]);
    expect(pageWindow(3, 20)).toEqual({ limit: 20, offset: 40 });
    expect([pageCount(0, 20), pageCount(20, 20), pageCount(21, 20)]).toEqual([1, 1, 2]);
  });

  it('writes a page size into the statement, the offset of a later page as a value', () => {
    // A database object that is never connected: only the SQL text is built.
    const db = drizzle.mock({ casing: 'snake_case' });
    const query = db.select({ id: persons.id }).from(persons).limit(limitInStatement(20)).offset(pageWindow(2, 20).offset).toSQL();
    expect(query.sql).toMatch(/ limit 20 offset \$1$/);
    expect(query.params).toEqual([20]);
    expect(db.select({ id: persons.id }).from(persons).limit(limitInStatement(5)).toSQL()).toMatchObject({ sql: expect.stringMatching(/ limit 5$/), params: [] });
  });

  it('refuses a size that is not a whole number of rows', () => {
    for (const size of [0, -1, 2.5, Number.NaN, 10_001]) expect(() => limitInStatement(size), String(size)).toThrow(RangeError);
  });
});
