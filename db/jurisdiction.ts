import { eq } from 'drizzle-orm';
import { ActionError } from '../lib/action-core';
import { assignJurisdiction } from '../lib/organizations/jurisdiction/assign';
import { closeDatabase, createDatabase } from './index';
import { runAsScript } from './run-as-script';
import { organizations, territories } from './schema';

/**
 * The installation's way to set an authority's jurisdiction (the seed does it for the demo):
 *
 *   npm run db:jurisdiction -- --org 1 --territory 190000000    (a KATO code)
 *   npm run db:jurisdiction -- --org 1 --territory none         (its own structure only)
 *
 * The same rules as the Settings page of the authority above: inside the jurisdiction of the
 * authority directly above (a top authority: anywhere), no lower authority left outside.
 */

function parseArgs(argv: string[]): { orgId: number; kato: string | null } {
  let orgId: number | null = null;
  let kato: string | null | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--org') orgId = Number(argv[++i]);
    else if (arg === '--territory') kato = argv[++i] === 'none' ? null : (argv[i] ?? '');
    else throw new Error(`Unknown argument ${arg}.`);
  }
  if (orgId === null || !Number.isSafeInteger(orgId) || orgId <= 0 || kato === undefined || kato === '') {
    throw new Error('Usage: npm run db:jurisdiction -- --org <organisation id> --territory <KATO code | none>');
  }
  return { orgId, kato };
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set.');
    return 1;
  }
  const { orgId, kato } = parseArgs(process.argv.slice(2));
  const db = createDatabase(url, { max: 1 });
  try {
    const territoryId = kato === null ? null : ((await db.select({ id: territories.id }).from(territories).where(eq(territories.katoCode, kato)))[0]?.id ?? null);
    if (kato !== null && territoryId === null) {
      console.error(`No territory has the KATO code ${kato}.`);
      return 1;
    }
    const result = await db.transaction((tx) => assignJurisdiction(tx, { authorityId: orgId, territoryId, actorUserId: null, organizationId: orgId }));
    const [org] = await db.select({ name: organizations.shortName }).from(organizations).where(eq(organizations.id, orgId));
    console.log(result.changed ? `The jurisdiction of ${org?.name} is now ${kato ?? 'its own structure only'}.` : `Nothing changed: ${org?.name} already has that jurisdiction.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    const reasons: Record<string, string> = {
      'Jurisdiction.not_lower': 'the organisation is not an authority',
      'Jurisdiction.outside_own': 'the territory lies outside the jurisdiction of the authority above it',
      'Jurisdiction.lower_outside': 'an authority under it has a jurisdiction outside that territory; narrow theirs first',
    };
    const key = error.fieldErrors?.territoryId?.[0] ?? error.messageKey;
    console.error(`Refused: ${reasons[key] ?? key}.`);
    return 1;
  } finally {
    await closeDatabase(db);
  }
}

runAsScript(import.meta.url, main);
