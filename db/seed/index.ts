import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password';
import { closeDatabase, createDatabase, type Database } from '../index';
import { organizations } from '../schema';
import { runAsScript } from '../run-as-script';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins';
import { generateJournal, type JournalSummary } from './journal';
import { seedClock, todaysSeedDay } from './clock';
import { writeDemoNotifications } from './notifications';
import { buildPlan, type Scale } from './scales';
import {
  writeMemberships,
  writeOrganizations,
  writePersons,
  writeStructuralUnits,
  writeSubordinateTypes,
  writeTerritories,
  writeUsers,
} from './write';
import { writeReferenceData } from '../reference-data';

export type SeedSummary = {
  counts: { organizations: number; institutions: number; persons: number; users: number; memberships: number };
  journal: JournalSummary | null;
  elapsedMs: number;
};

/**
 * `journal: false` leaves the school data (lessons, marks, sign-ins…) out. `day` is the seed's
 * "today" (db/seed/clock.ts): the journal covers its school year from 1 September up to it. Tests
 * leave it out and get the fixed REFERENCE_SEED_DAY; the start script and `db:seed` pass the
 * real day, so the demo is live whenever it is installed.
 */
export type SeedOptions = { scale: Scale; journal?: boolean; day?: string; log?: (msg: string) => void };

/** Every table the seed fills; `--reset` empties them (and, by CASCADE, whatever refers to them). */
export const SEEDED_TABLES = [
  // Notifications' recipients have no foreign keys either (see db/schema/notifications.ts).
  'notification_recipients',
  'notification_organizations',
  'notifications',
  // School data: the fact tables have no foreign keys, so CASCADE would not reach them.
  'sign_in_user_days',
  'organization_sign_in_days',
  'sign_ins',
  'journal_class_stats',
  'student_absence_days',
  'journal_edits',
  'homework_reports',
  'homework',
  'attendance_marks',
  'marks',
  'lessons',
  'student_movements',
  'class_subjects',
  'student_parents',
  'class_students',
  'school_classes',
  'structural_unit_members',
  'structural_units',
  'subordinate_overrides',
  'subordinate_types',
  'memberships',
  'users',
  'persons',
  'organizations',
  'territories',
  'institution_types',
  'institution_type_groups',
] as const;

export class SeedRefusedError extends Error {}

export async function countOrganizations(db: Database): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(organizations);
  return row?.count ?? 0;
}

/**
 * `db:seed -- --reset`: empties the seeded tables and leaves them as a fresh database has them.
 * Truncating alone made the city seed over the demo in use stall (one statement enrolling a
 * school's pupils ran 20 s and more; 21 minutes for 25 of 200 institutions, where a fresh database
 * seeds in about six). Two things were left behind:
 * - autovacuum's count of the demo's inserts: it vacuumed `memberships` in the middle of the seed's
 *   one transaction, saw none of its (uncommitted) rows and recorded the table as 0 rows on 4,474
 *   pages — every later plan took it for empty. A VACUUM right after the truncate settles that
 *   count, so autovacuum has no reason to visit the tables while the seed writes them;
 * - the column statistics of the demo's rows: PostgreSQL 18 lets the database's owner clear them
 *   (pg_clear_attribute_stats, and the vacuum's row count with pg_clear_relation_stats); an older
 *   server keeps them until the next ANALYZE.
 * The schema stays: a running app's prepared statements keep their types (dropping it broke them).
 */
export async function resetSeededData(db: Database): Promise<void> {
  await db.execute(sql.raw(`truncate table ${SEEDED_TABLES.join(', ')} restart identity cascade`));
  // Every table just emptied, the cascaded ones too, has no row count any more (-1).
  const emptied = [...(await db.execute<{ name: string }>(sql`
    select c.relname as name from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.reltuples < 0`))].map((t) => t.name);
  if (emptied.length === 0) return;
  const names = `{${emptied.join(',')}}`;
  const [server] = await db.execute<{ version: number }>(sql`select current_setting('server_version_num')::int as version`);
  // Named only on PostgreSQL 18: an older server would refuse the statement for the unknown function.
  const clearing = server!.version >= 180000;
  if (clearing) {
    await db.execute(sql`
      select pg_clear_attribute_stats('public', s.tablename::text, s.attname::text, s.inherited)
      from pg_stats s where s.schemaname = 'public' and s.tablename = any(${names}::text[])`);
  }
  await db.execute(sql.raw(`vacuum ${emptied.map((name) => `"${name}"`).join(', ')}`));
  // The vacuum recorded them as 0 rows; a fresh table's size is unknown (-1), which the planner
  // reads from the table's pages as they grow.
  if (clearing) await db.execute(sql`select pg_clear_relation_stats('public', t.name) from unnest(${names}::text[]) as t(name)`);
}

/**
 * Writes the deterministic demo region (or the Almaty-sized city) in one transaction: the same
 * rows on every run, except the password hash, whose salt is random.
 */
export async function seedDemo(db: Database, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const clock = seedClock(options.day);
  const plan = buildPlan(options.scale, clock);
  log(`Planned ${plan.organizations.length} organisations, ${plan.people.persons.length} persons, ${plan.memberships.length} memberships (${since()}).`);
  // One argon2 hash for every seeded account: hashing per user would take minutes.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const counts = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ count: sql<number>`count(*)::int` }).from(organizations);
    if (existing && existing.count > 0) {
      throw new SeedRefusedError(`The database already holds ${existing.count} organisations; seed only an empty database (npm run db:seed -- --reset empties it first).`);
    }
    const typeIds = await writeReferenceData(tx);
    const territoryIds = await writeTerritories(tx, plan);
    const organizationIds = await writeOrganizations(tx, plan, typeIds, territoryIds);
    await writeSubordinateTypes(tx, organizationIds[0]!, typeIds);
    log(`Organisations written (${since()}).`);
    const personIds = await writePersons(tx, plan);
    log(`Persons written (${since()}).`);
    const userCount = await writeUsers(tx, plan, personIds, passwordHash);
    log(`Users written (${since()}).`);
    const membershipCount = await writeMemberships(tx, plan, personIds, organizationIds);
    log(`Memberships written (${since()}).`);
    await writeStructuralUnits(tx, plan, personIds, organizationIds);
    await writeDemoNotifications(tx, organizationIds[0]!, clock.now);
    const journal =
      options.journal === false ? null : await generateJournal(tx, plan, personIds, organizationIds, { schoolYear: clock.schoolYear, until: clock.now, log });
    if (journal) log(`School data written: ${journal.lessons} lessons, ${journal.marks} marks, ${journal.signIns} sign-ins (${since()}).`);
    const written = {
      organizations: plan.organizations.length,
      institutions: plan.organizations.filter((o) => o.kind === 'institution').length,
      persons: personIds.length,
      users: userCount,
      memberships: membershipCount,
    };
    return { written, journal };
  });
  return { counts: counts.written, journal: counts.journal, elapsedMs: Math.round(performance.now() - started) };
}

function parseArgs(argv: string[]): { scale: Scale; reset: boolean } {
  let scale: Scale = 'demo';
  let reset = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `npm run db:seed -- --scale city -- --reset` hands the second `--` through.
    if (arg === '--') continue;
    if (arg === '--reset') reset = true;
    else if (arg === '--scale' || arg.startsWith('--scale=')) {
      const value = arg === '--scale' ? argv[++i] : arg.slice('--scale='.length);
      if (value !== 'demo' && value !== 'city') throw new Error(`--scale must be "demo" or "city", not "${value ?? ''}"`);
      scale = value;
    } else throw new Error(`Unknown argument ${arg}. Usage: npm run db:seed -- [--scale demo|city] [--reset]`);
  }
  return { scale, reset };
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set. `npm start` seeds the embedded database by itself on first run.');
    return 1;
  }
  const args = parseArgs(process.argv.slice(2));
  const db = createDatabase(url, { max: 1 });
  try {
    const existing = await countOrganizations(db);
    if (existing > 0 && !args.reset) {
      console.error(`The database already holds ${existing} organisations; nothing was seeded. Run \`npm run db:seed -- --reset\` to empty the seeded tables and seed again.`);
      return 1;
    }
    if (args.reset) {
      console.log(`Emptying ${SEEDED_TABLES.join(', ')} (and the tables that refer to them)…`);
      await resetSeededData(db);
    }
    const summary = await seedDemo(db, { scale: args.scale, day: todaysSeedDay(), log: (msg) => console.log(msg) });
    const { counts } = summary;
    console.log(
      `Seeded the ${args.scale} scale in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${counts.organizations} organisations ` +
        `(${counts.institutions} institutions), ${counts.persons} persons, ${counts.users} users, ${counts.memberships} memberships.`,
    );
    console.log(`Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_LOGINS.map((d) => d.login).join(', ')}.`);
    return 0;
  } finally {
    await closeDatabase(db);
  }
}

runAsScript(import.meta.url, main);
