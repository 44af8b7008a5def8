import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase } from '@/db';
import { backupEmbedded, restoreEmbedded } from '@/db/embedded/backup';
import { freePort, startEmbeddedPostgres } from '@/db/embedded/server';
import { migrateDatabase } from '@/db/migrate';
import { mailOutbox, organizations } from '@/db/schema';
import { localStorage } from '@/lib/storage/local';
import { readAll } from '../support/storage-contract';
import { addOrganization, addPerson } from './org-fixture';

/**
 * npm run db:backup / db:restore on real embedded PostgreSQL servers: an installation is backed
 * up while it runs and is being written to, restored into a fresh data folder, and started there.
 */
const root = mkdtempSync(path.join(os.tmpdir(), 'kundelik-backup-'));
// As root PostgreSQL runs as the user `postgres`, who must reach the data folders.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const original = path.join(root, 'original');
const restored = path.join(root, 'restored');
const archive = path.join(root, 'backups', 'kundelik-test.tar.gz');
const FILE_KEY = 'documents/2026-05/0f8fad5b-d9cb-469f-a165-70867728950e';

describe('backup and restore of the embedded installation', () => {
  it('backs up a running installation under writes, and restores everything up to the backup into a fresh folder', async () => {
    const server = await startEmbeddedPostgres({ dataDir: path.join(original, 'pg'), port: await freePort() });
    let writing = true;
    try {
      await server.createDatabaseIfMissing('kundelik');
      await migrateDatabase(server.urlFor('kundelik'));
      const db = createDatabase(server.urlFor('kundelik'), { max: 2 });
      try {
        const orgId = await addOrganization(db, { name: 'Алматы қаласы білім басқармасы' });
        await addPerson(db, { surname: 'Сейтқали', name: 'Айгерім', orgId, rights: { isAdmin: true } });
        await db.insert(mailOutbox).values({ toAddress: 'apps@edu.kz', subject: 'Растау коды', textBody: 'Код: 482913', secret: true });
        const files = localStorage(path.join(original, 'files'));
        await files.put(FILE_KEY, new TextEncoder().encode('%PDF-1.7 бұйрық №12'), { contentType: 'application/pdf' });
        writeFileSync(path.join(original, 'nextauth-secret'), 'secret-of-the-installation');

        // The app keeps writing while the backup runs: the backup is consistent whatever it catches.
        const writer = (async () => {
          for (let i = 0; writing; i++) {
            await db.insert(mailOutbox).values({ toAddress: `during-${i}@edu.kz`, subject: 'during', textBody: 'x' });
            await new Promise((r) => setTimeout(r, 5));
          }
        })();
        const report = await backupEmbedded({ dataDir: original, archive });
        writing = false;
        await writer;
        expect(report).toMatchObject({ archive, pgVersion: '18', files: 1 });
        expect(report.bytes).toBeGreaterThan(1_000_000);

        await db.insert(organizations).values({ fullName: 'After the backup', shortName: 'After', kind: 'authority' });
      } finally {
        await closeDatabase(db);
      }
    } finally {
      writing = false;
      await server.stop();
    }

    expect(await restoreEmbedded({ archive, dataDir: restored })).toEqual({ databases: expect.arrayContaining(['kundelik', 'postgres']) });

    const again = await startEmbeddedPostgres({ dataDir: path.join(restored, 'pg'), port: await freePort() });
    try {
      const db = createDatabase(again.urlFor('kundelik'), { max: 1 });
      try {
        const names = (await db.select({ name: organizations.fullName }).from(organizations)).map((o) => o.name);
        expect(names).toContain('Алматы қаласы білім басқармасы');
        expect(names).not.toContain('After the backup');
        const [code] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'apps@edu.kz'));
        expect(code).toMatchObject({ subject: 'Растау коды', textBody: 'Код: 482913', secret: true });
        // Every write the backup caught is whole: the rows are numbered without a gap.
        const during = await db.select({ to: mailOutbox.toAddress }).from(mailOutbox).where(eq(mailOutbox.subject, 'during'));
        const numbers = during.map((r) => Number(r.to.match(/during-(\d+)@/)![1])).sort((a, b) => a - b);
        expect(numbers.length).toBeGreaterThan(0);
        expect(numbers).toEqual(numbers.map((_, i) => i));
        // The restored cluster is migrated as it was, and takes new writes.
        await migrateDatabase(again.urlFor('kundelik'));
        const sql = postgres(again.urlFor('kundelik'), { max: 1, onnotice: () => {} });
        expect((await sql`select count(*)::int as n from drizzle.__drizzle_migrations`)[0]!.n).toBeGreaterThan(0);
        await sql.end();
        await db.insert(mailOutbox).values({ toAddress: 'new@edu.kz', subject: 'after restore', textBody: 'x' });
        expect((await db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.subject, 'after restore')))[0]!.n).toBe(1);
      } finally {
        await closeDatabase(db);
      }
    } finally {
      await again.stop();
    }
    const file = await localStorage(path.join(restored, 'files')).get(FILE_KEY);
    expect(new TextDecoder().decode((await readAll(file))!)).toBe('%PDF-1.7 бұйрық №12');
    expect(readFileSync(path.join(restored, 'nextauth-secret'), 'utf8')).toBe('secret-of-the-installation');
  }, 240_000);

  it('refuses to restore over an existing installation and leaves it untouched', async () => {
    const busy = path.join(root, 'busy');
    mkdirSync(path.join(busy, 'files', 'documents'), { recursive: true });
    writeFileSync(path.join(busy, 'files', 'documents', 'kept'), 'kept');
    await expect(restoreEmbedded({ archive, dataDir: busy })).rejects.toThrow(/is not empty\. Stop the app and move the data folder aside/);
    expect(readFileSync(path.join(busy, 'files', 'documents', 'kept'), 'utf8')).toBe('kept');
  });

  it('backs up a stopped installation by starting its server for the backup', async () => {
    const second = path.join(root, 'backups', 'of-restored.tar.gz');
    const report = await backupEmbedded({ dataDir: restored, archive: second });
    expect(report).toMatchObject({ pgVersion: '18', files: 1 });
    const fresh = path.join(root, 'restored-again');
    expect((await restoreEmbedded({ archive: second, dataDir: fresh })).databases).toContain('kundelik');
  }, 240_000);
});
