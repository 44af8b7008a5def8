import path from 'node:path';
import { backupEmbedded, restoreEmbedded } from './embedded/backup';
import { runAsScript } from './run-as-script';

/**
 * The installation's backups of the embedded database and its files (db/embedded/backup.ts):
 *
 *   npm run db:backup                       → .data/backups/kundelik-<time>.tar.gz (app may run)
 *   npm run db:backup -- --out <file>
 *   npm run db:restore -- <file>            into an empty data folder (KUNDELIK_DATA_DIR)
 */
const dataDir = path.resolve(process.env.KUNDELIK_DATA_DIR ?? '.data');

function refuseExternalDatabase(): number | null {
  if (!process.env.DATABASE_URL) return null;
  console.error('DATABASE_URL is set: this installation uses its own PostgreSQL. Back it up with that server\'s pg_dump (of its major version); db:backup covers the embedded database.');
  return 1;
}

async function backup(args: string[]): Promise<number> {
  const refused = refuseExternalDatabase();
  if (refused !== null) return refused;
  const at = args.indexOf('--out');
  if (at >= 0 && !args[at + 1]) throw new Error('Usage: npm run db:backup [-- --out <file.tar.gz>]');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const archive = at >= 0 ? args[at + 1]! : path.join(dataDir, 'backups', `kundelik-${stamp}.tar.gz`);
  const report = await backupEmbedded({ dataDir, archive });
  console.log(`Backup written: ${report.archive} (${(report.bytes / 1024 / 1024).toFixed(1)} MB, PostgreSQL ${report.pgVersion}, ${report.files} files). Copy it off this machine.`);
  return 0;
}

async function restore(args: string[]): Promise<number> {
  const refused = refuseExternalDatabase();
  if (refused !== null) return refused;
  const archive = args.find((arg) => arg !== '--');
  if (!archive) throw new Error('Usage: npm run db:restore -- <backup.tar.gz>   (into an empty KUNDELIK_DATA_DIR)');
  const { databases } = await restoreEmbedded({ archive, dataDir });
  console.log(`Restored into ${dataDir}: databases ${databases.join(', ')}. Start the app with npm start.`);
  return 0;
}

runAsScript(import.meta.url, () => (process.argv[2] === 'restore' ? restore(process.argv.slice(3)) : backup(process.argv.slice(2).filter((arg) => arg !== 'backup'))));
