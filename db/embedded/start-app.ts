/**
 * `npm start`: the whole app on one machine. Without DATABASE_URL it runs an embedded PostgreSQL
 * with its data in .data/, migrates it and seeds the demo region on first run; with DATABASE_URL
 * it migrates that server and seeds nothing unless `--seed` is given. Then it builds the app when
 * no build exists or the sources changed since the build (build-stamp.ts; `--build` forces one) and serves it with server.ts — Next behind the public site's
 * front cache — (`--dev`: `next dev`).
 * Ctrl-C stops the app first, then PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { sql } from 'drizzle-orm';
import { SERVER_NODE_FLAGS } from '../../lib/http/memory';
import { closeDatabase, createDatabase } from '../index';
import { migrateDatabase } from '../migrate';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed/demo-logins';
import { buildState, sourceFingerprint, writeBuildStamp } from './build-stamp';
import { startEmbeddedPostgres, type EmbeddedServer } from './server';

const args = new Set(process.argv.slice(2));
const started = Date.now();
const root = process.cwd();
const dataDir = path.resolve(process.env.KUNDELIK_DATA_DIR ?? path.join(root, '.data'));
const port = Number(process.env.PORT ?? 3000);
const say = (message: string) => console.log(`[kundelik] ${message}`);

let embedded: EmbeddedServer | undefined;
let app: ChildProcess | undefined;
let stopping = false;

/**
 * Extra Node options for the app server, for profiling (`APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=…"`,
 * tests/bench/signed-in.ts --profile): NODE_OPTIONS does not take --cpu-prof.
 */
function appNodeArgs(): string[] {
  return (process.env.APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    say(`starting embedded PostgreSQL (data in ${path.relative(root, dataDir) || dataDir}/pg, port ${pgPort})`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: pgPort, logFile: path.join(dataDir, 'postgres.log') });
    await embedded.createDatabaseIfMissing('kundelik');
    databaseUrl = embedded.urlFor('kundelik');
  }
  await migrateDatabase(databaseUrl);
  say('migrations applied');

  const db = createDatabase(databaseUrl, { max: 4 });
  try {
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from organizations`)) as unknown as [{ n: number }];
    if ((embedded && n === 0) || args.has('--seed')) {
      const { seedDemo } = await import('../seed/index');
      const { todaysSeedDay } = await import('../seed/clock');
      say('seeding the demo region (first run)…');
      // Laid out around today, so the demo's school year and sign-ins are current (db/seed/clock.ts).
      const summary = await seedDemo(db, { scale: 'demo', day: todaysSeedDay(), log: say });
      say(`seeded ${summary.counts.persons} people in ${summary.counts.organizations} organisations (${(summary.elapsedMs / 1000).toFixed(1)} s)`);
      // Statistics before the first visitor: until autovacuum gets to the fresh tables the planner
      // guesses, and the People tab sorted every member of the region to show 20 (issue 13).
      await db.execute(sql`analyze`);
    }
  } finally {
    await closeDatabase(db);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const dev = args.has('--dev');
  if (!dev) {
    const fingerprint = sourceFingerprint(root, [dataDir]);
    const state = args.has('--build') ? 'forced' : buildState(root, fingerprint, [dataDir]);
    if (state !== 'fresh') {
      say(state === 'stale' ? 'the sources changed since the last build: rebuilding the app (next build)…' : 'building the app (next build)…');
      const code = await run(spawn(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } }));
      if (code !== 0) throw new Error(`next build failed (exit ${code})`);
      writeBuildStamp(root, fingerprint);
    }
  }

  // Production: server.ts, Next behind the public site's front cache, with the server's Node
  // flags (lib/http/memory.ts); development: next dev.
  app = dev
    ? spawn(process.execPath, [nextBin, 'dev', '-p', String(port)], { stdio: 'inherit', env })
    : spawn(process.execPath, [...SERVER_NODE_FLAGS, ...appNodeArgs(), await compileServer()], { cwd: root, stdio: 'inherit', env: { ...env, PORT: String(port), NODE_ENV: 'production' } });
  app.on('exit', (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
  await waitForFirstPage(`http://localhost:${port}/kk/sign-in`);
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${env.NEXTAUTH_URL}`);
  if (embedded) {
    say(`demo logins (password "${DEMO_PASSWORD}"):`);
    for (const demo of DEMO_LOGINS) say(`  ${demo.login.padEnd(8)} ${demo.description}`);
  }
  say('press Ctrl-C to stop');
}

/**
 * server.ts as one plain ES module in .next/ (≈ 50 ms, on every start so it never lags the
 * source): run under tsx the server took ≈ 100 MiB more for the loader thread and esbuild.
 */
async function compileServer(): Promise<string> {
  const outfile = path.join(root, '.next', 'app-server.mjs');
  await build({ entryPoints: [path.join(root, 'server.ts')], bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  return outfile;
}

/** The session secret of this installation, made once and kept in .data/. */
function localSecret(): string {
  const file = path.join(dataDir, 'nextauth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function run(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function waitForFirstPage(url: string) {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await Promise.race([run(app), new Promise((r) => setTimeout(r, 10_000))]);
  }
  if (embedded) {
    say('stopping PostgreSQL');
    await embedded.stop();
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  console.error(`[kundelik] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
