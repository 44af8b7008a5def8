import type { Database } from '@/db';
import { memberships, organizations, persons, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { buildIin, type Sex } from '@/lib/people/iin';

/** Small hand-made organisations and people for the Administration → People tests. */
let serial = 1;

export async function addOrg(db: Database, kind: 'authority' | 'institution' = 'authority', name = 'Authority') {
  const [org] = await db.insert(organizations).values({ kind, fullName: name, shortName: name }).returning();
  return org!;
}

export async function addPerson(
  db: Database,
  args: { surname: string; name: string; birthDate?: string; sex?: Sex; email?: string | null; login?: string; password?: string },
) {
  const birthDate = args.birthDate ?? '1985-04-20';
  const sex = args.sex ?? 'female';
  const [person] = await db
    .insert(persons)
    .values({ surname: args.surname, name: args.name, birthDate, sex, iin: buildIin(birthDate, sex, serial++)!, email: args.email ?? null })
    .returning();
  let userId: number | null = null;
  if (args.login) {
    const [user] = await db
      .insert(users)
      .values({ personId: person!.id, login: args.login, email: args.email ?? null, passwordHash: await hashPassword(args.password ?? 'secret-password') })
      .returning();
    userId = user!.id;
  }
  return { personId: person!.id, iin: person!.iin, userId };
}

export async function addMembership(
  db: Database,
  args: { personId: number; orgId: number; role?: 'leader' | 'deputy' | 'employee' | 'teacher'; isAdmin?: boolean; archived?: boolean },
) {
  const [m] = await db
    .insert(memberships)
    .values({
      personId: args.personId,
      organizationId: args.orgId,
      role: args.role ?? 'employee',
      isAdmin: args.isAdmin ?? false,
      archivedAt: args.archived ? new Date() : null,
    })
    .returning();
  return m!;
}
