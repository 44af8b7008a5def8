import { eq } from 'drizzle-orm';
import { organizations, type FunctionSettings } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import type { DbExecutor } from '@/lib/audit/record';

/**
 * Writes into a function that is switched off (F-4.4) are refused on the server too, not only
 * hidden: the data stays as it was until the function is on again.
 */
export async function requireFunctionOn(db: DbExecutor, orgId: number, isOn: (functions: FunctionSettings) => boolean): Promise<void> {
  const [org] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, orgId));
  if (!org) throw new ActionError('forbidden');
  if (!isOn(org.functions)) throw new ActionError('Common.function_off');
}
