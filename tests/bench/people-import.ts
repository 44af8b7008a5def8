/**
 * Import benchmark: a 5,000-row XLSX (the limit) through the same functions the import page
 * uses — preview (read, check every row, store the batch) and commit (one transaction with
 * persons, memberships, invitations, audit events and mail) — on a fresh embedded PostgreSQL
 * with the demo region. Goal: under 10 s together. Run: npx tsx tests/bench/people-import.ts
 */
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { users } from '../../db/schema';
import { seedDemo } from '../../db/seed';
import { randomFullName } from '../../db/seed/names';
import { Random, randomDate } from '../../db/seed/random';
import { buildIin, type Sex } from '../../lib/people/iin';
import { headerFor, IMPORT_COLUMNS } from '../../lib/people/import/columns';
import { previewImport } from '../../lib/people/import/batch';
import { commitImport } from '../../lib/people/import/commit';
import { AUTHORITY_ROLES } from '../../lib/people/roles';
import { runBench, withBenchDatabase } from './bench-database';
import { goal } from './lib/goals';

const ROWS = 5_000;

/** 5,000 distinct people: Kazakh and Russian names, real IINs, a third with an e-mail. */
async function workbook(): Promise<Uint8Array> {
  const rng = new Random(20_260_310);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('People');
  sheet.addRow(IMPORT_COLUMNS.map((c) => headerFor(c, 'kk')));
  const used = new Set<string>();
  const roles = ['Қызметкер', 'Басшы орынбасары', 'Басшы'];
  while (used.size < ROWS) {
    const sex: Sex = rng.chance(0.6) ? 'female' : 'male';
    const birthDate = randomDate(rng, '1960-01-01', '2003-12-31');
    const iin = buildIin(birthDate, sex, rng.int(0, 9999));
    if (!iin || used.has(iin)) continue;
    used.add(iin);
    const name = randomFullName(rng, rng.chance(0.75) ? 'kazakh' : 'russian', sex, Number(birthDate.slice(0, 4)));
    sheet.addRow([
      roles[used.size % 50 === 0 ? 1 : 0],
      '2025-09-01',
      name.surname,
      name.name,
      name.patronymic ?? '',
      birthDate,
      sex === 'male' ? 'Ер' : 'Әйел',
      iin,
      rng.chance(0.33) ? `person${used.size}@example.kz` : '',
      '',
    ]);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main() {
  await withBenchDatabase('people-import', async (db) => {
    await seedDemo(db, { scale: 'demo' });
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.login, 'admin'));
    const bytes = await workbook();
    console.log(`workbook: ${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KiB`);
    const args = { orgId: 1, userId: admin!.id, roles: AUTHORITY_ROLES, today: '2026-03-10' };

    let start = performance.now();
    const preview = await previewImport(db, { ...args, fileName: 'bench.xlsx', bytes });
    const previewMs = performance.now() - start;
    if (!preview.ok) throw new Error(`preview refused: ${preview.problem.key}`);
    console.log(`preview: ${(previewMs / 1000).toFixed(2)} s (${preview.valid} ready, ${preview.invalid} with errors)`);

    start = performance.now();
    const result = await commitImport(db, { ...args, batchId: preview.batchId, invitationMail: ({ to, login }) => ({ to, subject: 'Invitation', text: login }) });
    const commitMs = performance.now() - start;
    console.log(`commit: ${(commitMs / 1000).toFixed(2)} s (${result.created} people, ${result.invitations.length} invitations)`);
    goal('preview + commit', (previewMs + commitMs) / 1000, 10, 's', { digits: 2 });
    const [counts] = await db.execute<{ mails: number; events: number }>(
      sql`select (select count(*)::int from mail_outbox) as mails, (select count(*)::int from audit_events) as events`,
    );
    console.log(`  outbox mails: ${counts!.mails}, audit events: ${counts!.events}`);
    if (result.created !== ROWS) throw new Error(`expected ${ROWS} people, got ${result.created}`);
  });
}

runBench(main);
