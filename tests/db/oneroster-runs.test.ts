import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organizations, persons, users } from '@/db/schema';
import { buildIin } from '@/lib/people/iin';
import { installationCode, madeUpId } from '@/lib/oneroster/ids';
import { confirmRun, runView, startCheck } from '@/lib/oneroster/runs';
import { makeBundle } from '../support/oneroster-bundle';
import { useTestDatabase } from './test-database';

/** Data exchange's runs: the check and the import in the background, their state kept for the page (a reload) to read. */

const { db } = await useTestDatabase();

async function until(orgId: number, runId: string, done: (status: string) => boolean) {
  for (let i = 0; i < 600; i++) {
    const run = await runView(db, orgId, runId);
    if (run && done(run.status)) return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the run did not finish');
}

describe('Data exchange runs', () => {
  it('checks in the background, keeps the problems, and imports on Confirm only a checked run', async () => {
    const [authority] = await db.insert(organizations).values({ kind: 'authority', fullName: 'Runs authority', shortName: 'Runs authority' }).returning();
    const [person] = await db.insert(persons).values({ surname: 'Admin', name: 'A', birthDate: '1980-01-01', sex: 'male', iin: buildIin('1980-01-01', 'male', 77)! }).returning();
    const [user] = await db.insert(users).values({ personId: person!.id, login: 'runs-admin', passwordHash: 'x' }).returning();
    const args = { organizationId: authority!.id, userId: user!.id };

    const bad = await startCheck(db, { ...args, fileName: 'bad.zip', bytes: new TextEncoder().encode('no zip') });
    const refused = await until(authority!.id, bad, (s) => s !== 'checking');
    expect({ status: refused.status, keys: refused.issues.map((i) => i.key) }).toEqual({ status: 'invalid', keys: ['not_zip'] });
    expect(await confirmRun(db, { ...args, runId: bad })).toBe(false);

    // The authority as this database's export names it.
    const bundle = await makeBundle({ orgs: [{ sourcedId: 'runs-school', name: 'Runs school', type: 'school', parentSourcedId: madeUpId(await installationCode(db), 'org', authority!.id) }] });
    const good = await startCheck(db, { ...args, fileName: 'school.zip', bytes: bundle });
    const checked = await until(authority!.id, good, (s) => s !== 'checking');
    expect({ status: checked.status, rows: checked.rows.orgs }).toEqual({ status: 'checked', rows: 1 });
    expect((await db.execute(sql`select 1 from organizations where full_name = 'Runs school'`)).length).toBe(0);
    expect(await confirmRun(db, { ...args, runId: good })).toBe(true);
    expect(await confirmRun(db, { ...args, runId: good })).toBe(false);
    const done = await until(authority!.id, good, (s) => s !== 'importing');
    expect({ status: done.status, created: done.counts.organizations?.created }).toEqual({ status: 'done', created: 1 });
    expect((await db.execute(sql`select 1 from organizations where full_name = 'Runs school' and parent_id = ${authority!.id}`)).length).toBe(1);
    expect((await db.execute(sql`select bundle is null as gone from oneroster_runs where id = ${good}`))[0]).toEqual({ gone: true });
    expect((await db.execute(sql`select action from audit_events where entity_id = ${good}`)).map((r) => r.action)).toEqual(['oneroster.import']);
    expect(await runView(db, authority!.id + 1, good)).toBeNull();
  });
});
