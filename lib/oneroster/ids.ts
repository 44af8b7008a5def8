import type { DbExecutor, DbTransaction } from '@/db';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { arrayLiteral } from '@/db/bulk-insert';
import { column, inChunks, unnestRows } from '@/lib/journal/sql-arrays';

/**
 * sourcedIds (docs/oneroster.md): `oneroster_ids` maps every imported one to our row; rows we
 * made ourselves are exported as `k<installation>-<entity>-<id>`, and such an id read back by
 * the same database is the row itself.
 */

export type Entity = 'org' | 'person' | 'role' | 'class' | 'section' | 'lesson' | 'mark';
export type Local = { id: number; id2: number | null };

/** This database's code, made on first use. */
export async function installationCode(db: DbExecutor): Promise<string> {
  await db.execute(sql`insert into oneroster_installation (code) select ${randomBytes(4).toString('hex')} where not exists (select 1 from oneroster_installation)`);
  const [row] = await db.execute<{ code: string }>(sql`select code from oneroster_installation limit 1`);
  return row!.code;
}

export const ownPrefix = (code: string) => `k${code}-`;

/** The sourcedId the export gives a row that came with none. */
export const madeUpId = (code: string, entity: Entity, id: number, id2?: number | null) => `${ownPrefix(code)}${entity}-${id}${id2 === null || id2 === undefined ? '' : `-${id2}`}`;

/** Our own made-up id back to the row (null when it is not one of ours). */
export function parseOwnId(code: string, entity: Entity, sourcedId: string): Local | null {
  const prefix = `${ownPrefix(code)}${entity}-`;
  if (!sourcedId.startsWith(prefix)) return null;
  const m = /^(\d+)(?:-(\d+))?$/.exec(sourcedId.slice(prefix.length));
  return m ? { id: Number(m[1]), id2: m[2] === undefined ? null : Number(m[2]) } : null;
}

const CHUNK = 20_000;

/** The rows the given sourcedIds were mapped to (those never imported are absent). */
export async function lookUp(db: DbExecutor, entity: Entity, sourcedIds: readonly string[]): Promise<Map<string, Local>> {
  const out = new Map<string, Local>();
  const unique = [...new Set(sourcedIds)];
  for (let from = 0; from < unique.length; from += CHUNK) {
    const part = unique.slice(from, from + CHUNK);
    const rows = await db.execute<{ sourced_id: string; local_id: string | number; local_id2: number | null }>(sql`
      select sourced_id, local_id, local_id2 from oneroster_ids
      where entity = ${entity} and sourced_id = any(${arrayLiteral(part)}::text[])`);
    for (const r of rows) out.set(r.sourced_id, { id: Number(r.local_id), id2: r.local_id2 });
  }
  return out;
}

/** The sourcedIds of the given rows, for the export (rows never imported are absent). */
export async function sourcedIdsOf(db: DbExecutor, entity: Entity): Promise<Map<string, string>> {
  const rows = await db.execute<{ sourced_id: string; local_id: string | number; local_id2: number | null }>(
    sql`select sourced_id, local_id, local_id2 from oneroster_ids where entity = ${entity}`,
  );
  return new Map(rows.map((r) => [r.local_id2 === null ? String(r.local_id) : `${r.local_id}-${r.local_id2}`, r.sourced_id]));
}

/** The rows' sourcedIds with the ids they became, for `remember`: our own made-up ones need no mapping. */
export function keptIds<T extends { sourcedId: string }>(code: string, rows: readonly T[], id: (row: T, i: number) => number, id2?: (row: T, i: number) => number): Array<{ sourcedId: string; id: number; id2: number | null }> {
  const mine = ownPrefix(code);
  return rows.flatMap((r, i) => (r.sourcedId.startsWith(mine) ? [] : [{ sourcedId: r.sourcedId, id: id(r, i), id2: id2 ? id2(r, i) : null }]));
}

/** Records which rows these sourcedIds became; one already recorded stays as it is. */
export async function remember(tx: DbTransaction, entity: Entity, unsorted: ReadonlyArray<{ sourcedId: string; id: number; id2?: number | null }>): Promise<void> {
  // In key order, so each statement adds to neighbouring pages of the index, not to pages all over it.
  const rows = [...unsorted].sort((a, b) => (a.sourcedId < b.sourcedId ? -1 : a.sourcedId > b.sourcedId ? 1 : 0));
  const columns = [
    column(rows, 'sourced_id', 'text', (r) => r.sourcedId),
    column(rows, 'local_id', 'bigint', (r) => r.id),
    column(rows, 'local_id2', 'integer', (r) => r.id2 ?? null),
  ];
  await inChunks(rows.length, async (from, to) => {
    await tx.execute(sql`
      insert into oneroster_ids (entity, sourced_id, local_id, local_id2)
      select ${entity}, sourced_id, local_id, local_id2 from ${unnestRows('r', columns, from, to)}
      on conflict do nothing`);
    return [];
  });
}

/** Forgets the mappings of rows a delta removed, so their sourcedIds name nothing again. */
export async function forget(tx: DbTransaction, entity: Entity, sourcedIds: readonly string[]): Promise<void> {
  if (sourcedIds.length === 0) return;
  await tx.execute(sql`delete from oneroster_ids where entity = ${entity} and sourced_id = any(${arrayLiteral([...new Set(sourcedIds)])}::text[])`);
}
