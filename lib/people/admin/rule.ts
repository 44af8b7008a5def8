/**
 * The last admin rule: an organisation always keeps at least one admin, so nobody locks the
 * organisation out of its own administration by removing the right or the person. Pure, so the
 * People guard (lib/people/admin/guard.ts) and the OneRoster planner (run from the command line,
 * where server-only modules cannot load) apply the one rule.
 */
export type AdminGrant = { membershipId: number; personId: number };

/** Whether no admin is left once these memberships lose the right (or the person leaves). */
export function leavesNoAdmin(admins: readonly AdminGrant[], losing: { membershipIds?: readonly number[]; personId?: number }): boolean {
  if (admins.length === 0) return false;
  return admins.every((a) => losing.personId === a.personId || (losing.membershipIds ?? []).includes(a.membershipId));
}
