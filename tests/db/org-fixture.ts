import { z } from 'zod';
import type { Database } from '@/db';
import { eq } from 'drizzle-orm';
import { type FunctionSettings, memberships, organizations, persons, users, type MembershipRole } from '@/db/schema';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import type { CurrentUser } from '@/lib/auth/permissions';
import { type CommandOf, type Kind, runCommand as runCommandOn } from '@/lib/command';
import { withDefaultFunctions } from '@/lib/organizations/functions/defaults';
import { buildIin } from '@/lib/people/iin';

let serial = 100;

/** A person with (optionally) a login and a membership: enough to act as them. */
export async function addPerson(
  db: Database,
  args: { surname: string; name: string; orgId?: number; role?: MembershipRole; registered?: boolean; rights?: { isAdmin?: boolean; isModerator?: boolean; isEditor?: boolean }; archived?: boolean },
): Promise<{ personId: number; userId: number | null }> {
  let iin: string | null = null;
  while (!iin) iin = buildIin('1985-03-14', 'female', serial++);
  const [person] = await db.insert(persons).values({ surname: args.surname, name: args.name, birthDate: '1985-03-14', sex: 'female', iin }).returning();
  let userId: number | null = null;
  if (args.registered !== false) {
    const [user] = await db.insert(users).values({ personId: person!.id, login: `u${serial}`, passwordHash: 'x' }).returning();
    userId = user!.id;
  }
  if (args.orgId) {
    await db.insert(memberships).values({
      personId: person!.id,
      organizationId: args.orgId,
      role: args.role ?? 'employee',
      ...args.rights,
      archivedAt: args.archived ? new Date() : null,
    });
  }
  return { personId: person!.id, userId };
}

export async function addOrganization(db: Database, args: { name: string; kind?: 'authority' | 'institution'; parentId?: number }): Promise<number> {
  const [org] = await db
    .insert(organizations)
    .values({ kind: args.kind ?? 'authority', fullName: args.name, shortName: args.name, parentId: args.parentId ?? null })
    .returning({ id: organizations.id });
  return org!.id;
}

export async function currentUser(db: Database, userId: number | null): Promise<CurrentUser> {
  const user = userId === null ? null : await loadCurrentUser(db, userId);
  if (!user) throw new Error(`no user ${userId}`);
  return user;
}

/** The form's fields as the browser sends them. */
export function formDataOf(raw: Record<string, string | string[]>): FormData {
  const formData = new FormData();
  for (const [key, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : [value]) formData.append(key, v);
  return formData;
}

/** Runs a command exactly as its server action does: session, input, the rule on the organisation, then the work. */
export function runCommand<K extends Kind, S extends z.ZodType, T>(db: Database, cmd: CommandOf<K, S, T>, user: CurrentUser | null, raw: Record<string, string | string[]>) {
  return runCommandOn(db, cmd, user, formDataOf(raw));
}

/** Changes an organisation's function switches and settings (F-4.4) as stored. */
export async function changeFunctions(db: Database, orgId: number, change: (functions: FunctionSettings) => void): Promise<void> {
  const [row] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, orgId));
  const functions = withDefaultFunctions(row!.functions);
  change(functions);
  await db.update(organizations).set({ functions }).where(eq(organizations.id, orgId));
}
