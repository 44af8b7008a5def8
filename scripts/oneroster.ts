/**
 * `npm run oneroster:import -- <file.zip> [--authority <id>] [--dry-run]` and
 * `npm run oneroster:export -- --authority <id> --out <file.zip>`: OneRoster 1.2 bundles in and
 * out for big loads, with the same code as Administration → Data exchange (docs/oneroster.md).
 * Without DATABASE_URL they use the embedded database of `npm start` (running or not).
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeDatabase, createDatabase, type Database } from '../db';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded/server';
import { migrateDatabase } from '../db/migrate';
import { exportBundle } from '../lib/oneroster/export';
import { COMMAND_LIMITS } from '../lib/oneroster/bundle';
import { importBundle } from '../lib/oneroster/import';
import { messageOf } from '../lib/oneroster/messages';

type Args = { command: 'import' | 'export'; file?: string; authority: number | null; out?: string; dryRun: boolean };

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv.filter((a) => a !== '--');
  if (command !== 'import' && command !== 'export') throw new Error('Usage: oneroster import <file.zip> [--authority <id>] [--dry-run] | export --authority <id> --out <file.zip>');
  const args: Args = { command, authority: null, dryRun: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a.startsWith('--authority')) {
      const v = value();
      if (!/^\d+$/.test(v)) throw new Error(`--authority must be an organisation id, not "${v}"`);
      args.authority = Number(v);
    } else if (a.startsWith('--out')) args.out = value();
    else if (a === '--dry-run') args.dryRun = true;
    else if (!a.startsWith('--') && !args.file) args.file = a;
    else throw new Error(`Unknown argument ${a}`);
  }
  if (command === 'import' && !args.file) throw new Error('Which bundle? npm run oneroster:import -- <file.zip>');
  if (command === 'export' && (args.authority === null || !args.out)) throw new Error('npm run oneroster:export -- --authority <id> --out <file.zip>');
  return args;
}

/** DATABASE_URL, or the embedded database of `npm start`: the running one, or started for this command. */
async function openDatabase(): Promise<{ db: Database; close: () => Promise<void> }> {
  let url = process.env.DATABASE_URL;
  let server: EmbeddedServer | undefined;
  if (!url) {
    const dataDir = path.resolve(process.env.KUNDELIK_DATA_DIR ?? '.data');
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    const running = existsSync(pidFile) && (() => {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
        return true;
      } catch {
        return false;
      }
    })();
    if (running) url = `postgres://postgres:postgres@127.0.0.1:${port}/kundelik`;
    else {
      server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, logFile: path.join(dataDir, 'postgres.log') });
      await server.createDatabaseIfMissing('kundelik');
      url = server.urlFor('kundelik');
    }
    await migrateDatabase(url);
  }
  const db = createDatabase(url, { max: 2 });
  return {
    db,
    close: async () => {
      await closeDatabase(db);
      await server?.stop();
    },
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const { db, close } = await openDatabase();
  try {
    if (args.command === 'export') {
      const out = createWriteStream(args.out!);
      const summary = await exportBundle(
        db,
        args.authority!,
        (chunk) => (out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()))),
        (file, rows) => console.log(`  ${file}: ${rows} rows (${since()})`),
      );
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
      console.log(`Exported ${Object.values(summary.files).reduce((a, b) => a + b, 0)} rows to ${args.out} in ${since()}.`);
      return 0;
    }
    const bytes = readFileSync(args.file!);
    let last = '';
    const result = await importBundle(db, bytes, {
      authorityId: args.authority,
      dryRun: args.dryRun,
      limits: COMMAND_LIMITS,
      progress: (step, done, total) => {
        const line = `  ${step}: ${done} of ${total}`;
        if (line !== last) console.log(`${line} (${since()})`);
        last = line;
      },
    });
    if (!result.ok) {
      for (const i of result.issues) console.error(`${i.file ?? args.file}${i.line === null ? '' : `:${i.line}`}${i.column ? ` [${i.column}]` : ''}: ${messageOf(i)}`);
      console.error(`${result.issueCount} problem(s); nothing was written.`);
      return 1;
    }
    if (result.dryRun) console.log(`Checked: no problems in ${Object.entries(result.rows).map(([k, v]) => `${v} ${k}`).join(', ')}. Nothing was written (--dry-run).`);
    else console.log(`Imported in ${since()}: ${Object.entries(result.counts).map(([k, c]) => `${k} +${c.created}${c.updated ? ` ~${c.updated}` : ''}`).join(', ')}.`);
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
