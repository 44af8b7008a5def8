import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { type FunctionSettings, organizations } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import type { CurrentUser } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { withDefaultFunctions } from './defaults';
import { type SaveFunctionsInput, saveFunctionsSchema } from './schema';

export const APPLICATIONS_UNCONFIRMED = 'Functions.error_applications_email_unconfirmed';

/** Every switch that differs, keyed by its path: { 'forums.enabled': { from: true, to: false } }. */
export function functionChanges(before: FunctionSettings, after: FunctionSettings) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const section of Object.keys(after) as Array<keyof FunctionSettings>) {
    const was = before[section] as Record<string, unknown>;
    for (const [key, to] of Object.entries(after[section])) {
      if (was[key] !== to) changes[`${section}.${key}`] = { from: was[key], to };
    }
  }
  return changes;
}

/**
 * Saves the organisation's functions (F-4.4). Only the JSON value on the organisation changes:
 * turning a function off hides it and touches no other table. Citizens' e-applications stay off
 * until the applications e-mail is confirmed (F-4.6).
 */
export async function saveFunctionSettings(db: DbExecutor, user: CurrentUser, input: SaveFunctionsInput) {
  const { orgId, ...next } = input;
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ functions: organizations.functions, confirmedAt: organizations.applicationsEmailConfirmedAt })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for('update');
    if (!org) throw new ActionError('Functions.error_not_found');
    if (next.feedback.applications && org.confirmedAt === null) {
      throw new ActionError(APPLICATIONS_UNCONFIRMED, { 'feedback.applications': [APPLICATIONS_UNCONFIRMED] });
    }
    const before = withDefaultFunctions(org.functions);
    const changes = functionChanges(before, next);
    if (Object.keys(changes).length === 0) return { changed: 0 };
    await tx.update(organizations).set({ functions: next }).where(eq(organizations.id, orgId));
    await recordAudit(tx, { actorUserId: user.id, organizationId: orgId, action: 'organization.functions.update', entity: 'organization', entityId: orgId, changes });
    return { changed: Object.keys(changes).length };
  });
}

/** Admins only. A function decides which tabs and pages exist, so the whole organisation's cache goes. */
export const saveFunctionsCommand = command(saveFunctionsSchema, 'org.settings.edit', (tx, input, { user }) => saveFunctionSettings(tx, user, input), {
  expires: (input, result) => (result.changed > 0 ? [{ orgId: input.orgId, scopes: [] }] : []),
});
