import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbExecutor, DbTransaction } from '@/db/index';
import { invitations, users } from '@/db/schema/index';
import { arrayLiteral, bulkInsert } from '@/db/bulk-insert';
import { generateInvitationLogin, generateOneTimePassword, hashOneTimePassword } from './secrets';

/** What the admin sees once: the login and the one-time password in plain text. */
export type IssuedInvitation = { login: string; password: string };

/**
 * `count` fresh invitation logins, unique among themselves and against every invitation and
 * user login (case-insensitive). Collisions are rare (31⁶ logins), so one query per round.
 */
export async function availableInvitationLogins(db: DbExecutor, count: number): Promise<string[]> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const candidates = new Set<string>();
    while (candidates.size < count - chosen.size) {
      const login = generateInvitationLogin();
      if (!chosen.has(login)) candidates.add(login);
    }
    const list = [...candidates];
    // Joined with the unnested list, so the lower(login) indexes or a hash join do the work.
    const candidatesSql = sql`unnest((${arrayLiteral(list)}::text)::text[]) as c(login)`;
    const taken = await db.execute<{ login: string }>(sql`
      select c.login from ${candidatesSql} join ${invitations} i on lower(i.login) = c.login
      union select c.login from ${candidatesSql} join ${users} u on lower(u.login) = c.login`);
    const takenSet = new Set(taken.map((r) => r.login));
    for (const login of list) if (!takenSet.has(login)) chosen.add(login);
  }
  return [...chosen];
}

/** Voids the person's open invitations (not used, not voided): a reissue or a registration. */
export async function voidOpenInvitations(db: DbExecutor, personIds: number[], now = new Date()): Promise<number> {
  if (personIds.length === 0) return 0;
  const voided = await db
    .update(invitations)
    .set({ voidedAt: now })
    .where(and(inArray(invitations.personId, personIds), isNull(invitations.usedAt), isNull(invitations.voidedAt)))
    .returning({ id: invitations.id });
  return voided.length;
}

/** A new invitation for one person; any open one is voided first. Call inside a transaction. */
export async function issueInvitation(
  tx: DbExecutor,
  args: { personId: number; organizationId: number; actorUserId: number | null },
): Promise<IssuedInvitation> {
  await voidOpenInvitations(tx, [args.personId]);
  const [login] = await availableInvitationLogins(tx, 1);
  const password = generateOneTimePassword();
  await tx.insert(invitations).values({
    personId: args.personId,
    organizationId: args.organizationId,
    login: login!,
    passwordHash: await hashOneTimePassword(password),
    createdByUserId: args.actorUserId,
  });
  return { login: login!, password };
}

/** Hashes a batch of one-time passwords, a few at a time (argon2 runs on the libuv threads). */
async function hashAll(passwords: string[], concurrency = 8): Promise<string[]> {
  const out: string[] = new Array(passwords.length);
  let next = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const i = next++;
      out[i] = await hashOneTimePassword(passwords[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, passwords.length) }, worker));
  return out;
}

/** Invitations for many new persons at once (the import): one multi-row insert. */
export async function issueInvitationsInBulk(
  tx: DbTransaction,
  personIds: number[],
  args: { organizationId: number; actorUserId: number },
): Promise<IssuedInvitation[]> {
  if (personIds.length === 0) return [];
  const logins = await availableInvitationLogins(tx, personIds.length);
  const passwords = personIds.map(() => generateOneTimePassword());
  const hashes = await hashAll(passwords);
  await bulkInsert(tx, 'invitations', [
    { name: 'person_id', type: 'integer', values: personIds },
    { name: 'organization_id', type: 'integer', values: personIds.map(() => args.organizationId) },
    { name: 'login', type: 'text', values: logins },
    { name: 'password_hash', type: 'text', values: hashes },
    { name: 'created_by_user_id', type: 'integer', values: personIds.map(() => args.actorUserId) },
  ]);
  return logins.map((login, i) => ({ login, password: passwords[i]! }));
}

/** The person's invitation state for the admin: registered, an open invitation, or none. */
export async function openInvitationOf(db: DbExecutor, personId: number) {
  const [row] = await db
    .select({ login: invitations.login, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.personId, personId), isNull(invitations.usedAt), isNull(invitations.voidedAt)))
    .orderBy(sql`${invitations.createdAt} desc`)
    .limit(1);
  return row ?? null;
}
