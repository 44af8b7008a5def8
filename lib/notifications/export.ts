import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { dialect as sqlDialect } from '@/db/prepared';
import { type CsvDialect, type CsvFlavour, csvRow } from '@/lib/export/csv';
import { notificationRecipients, persons, users } from '@/db/schema';
import { placesOf, type RecipientList, type RecipientRow } from './recipients';

/**
 * The readers / not-yet-readers lists as a whole file, straight from the server (never the rows
 * on screen): one query read through a cursor, 1,000 rows at a time, written to CSV or to XLSX
 * (exceljs' streaming writer) as it comes, so a city-wide list of 300,000 people never sits in
 * memory.
 */

export type ExportFormat = CsvFlavour | 'xlsx';

export type ExportRecord = {
  surname: string;
  name: string;
  patronymic: string | null;
  registered: boolean;
  readAt: Date | null;
  places: RecipientRow['places'];
};

/**
 * The records in the page's order (readers newest first, the others by name). Organisations and
 * roles are looked up per batch of 1,000 people with the page's own query (placesOf): one
 * indexed query per batch rather than a subquery per row.
 */
export async function* exportRecords(db: Database, args: { authorityId: number; notificationId: number; list: RecipientList }): AsyncGenerator<ExportRecord> {
  const readers = args.list === 'readers';
  const query = sqlDialect.sqlToQuery(sql`
    select ${persons.id} as person_id, ${persons.surname} as surname, ${persons.name} as name, ${persons.patronymic} as patronymic,
      (${users.id} is not null) as registered, ${notificationRecipients.readAt} as read_at
    from ${notificationRecipients}
    join ${persons} on ${persons.id} = ${notificationRecipients.personId}
    left join ${users} on ${users.personId} = ${persons.id}
    where ${notificationRecipients.notificationId} = ${args.notificationId}
      and ${notificationRecipients.readAt} is ${readers ? sql`not null` : sql`null`}
    order by ${readers ? sql`${notificationRecipients.readAt} desc, ${persons.id}` : sql`${persons.surname}, ${persons.name}, ${persons.id}`}`);
  const cursor = db.$client.unsafe(query.sql, query.params as never[]).cursor(1_000);
  for await (const batch of cursor) {
    const places = await placesOf(
      db,
      args.authorityId,
      batch.map((row) => Number(row.person_id)),
    );
    for (const row of batch) {
      yield {
        surname: row.surname as string,
        name: row.name as string,
        patronymic: row.patronymic as string | null,
        registered: row.registered as boolean,
        readAt: row.read_at ? new Date(row.read_at as string) : null,
        places: places.get(Number(row.person_id)) ?? [],
      };
    }
  }
}

/** The list as CSV lines in the dialect asked for (lib/export/csv.ts), pulled as the client reads. */
export async function* csvRecordLines(header: string[], rows: AsyncIterable<string[]>, dialect: CsvDialect): AsyncGenerator<string> {
  yield `${dialect.bom ? '\uFEFF' : ''}${csvRow(header, dialect)}`;
  for await (const cells of rows) yield csvRow(cells, dialect);
}
