import 'server-only';
import { eq, or, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { persons, users } from '@/db/schema';
import { recordSignIns } from '@/lib/journal/sign-ins';
import { verifyPassword } from './password';
import { accountKey, admitSignIn, forgiveSignIn } from './throttle';

export type AuthenticateResult =
  | { ok: true; user: { id: number; name: string; sessionVersion: number } }
  | { ok: false; reason: 'credentials' | 'throttled'; retryAfterMs?: number };

// Verified when the login is unknown, so both failures take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ggV0eAfPB6zlx+sEunBY0A$NjO35kD0/3iCNF2wEOheipwjGknt9GGau1ww9FBB88E';

/**
 * Checks a login (or e-mail) and password. The typed identifier is resolved to its account
 * first, and the account's sign-in budgets (./throttle.ts) are taken before the password is
 * checked: past them it is not checked at all.
 */
export async function authenticate(
  db: Database,
  input: { login: string; password: string; address: string | null },
): Promise<AuthenticateResult> {
  const login = input.login.trim();
  const [found] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion, surname: persons.surname, name: persons.name })
    .from(users)
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(or(sql`lower(${users.login}) = lower(${login})`, sql`lower(${users.email}) = lower(${login})`))
    .limit(1);
  const budget = { account: accountKey(found?.id ?? null, login), address: input.address };
  const gate = await admitSignIn(db, budget);
  if (!gate.ok) return { ok: false, reason: 'throttled', retryAfterMs: gate.retryAfterMs };

  const passwordOk = await verifyPassword(found?.passwordHash ?? DUMMY_HASH, input.password);
  if (!found || !passwordOk) return { ok: false, reason: 'credentials' };
  await forgiveSignIn(db, budget);
  const now = new Date();
  // The sign-in log and its per-day rollups feed the activity reports (F-7.4).
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, found.id));
    await recordSignIns(tx, [{ userId: found.id, at: now }]);
  });
  return { ok: true, user: { id: found.id, name: `${found.surname} ${found.name}`, sessionVersion: found.sessionVersion } };
}
