import 'server-only';
import { eq } from 'drizzle-orm';
import { type Database, getDb } from '@/db/index';
import { organizations } from '@/db/schema/index';
import { withDefaultFunctions } from './defaults';

/** The functions as the settings page edits them, and whether e-applications may be switched on. */
export async function getFunctionSettings({ orgId }: { orgId: number }, db: Database = getDb()) {
  const [org] = await db
    .select({ functions: organizations.functions, confirmedAt: organizations.applicationsEmailConfirmedAt })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) return null;
  return { functions: withDefaultFunctions(org.functions), applicationsEmailConfirmed: org.confirmedAt !== null };
}
