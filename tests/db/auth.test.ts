import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, organizations, organizationSignInDays, persons, signInAttempts, signIns, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { hashPassword } from '@/lib/auth/password';
import { waitAfterFailures } from '@/lib/auth/throttle';
import { buildIin } from '@/lib/people/iin';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let userId = 0;
let orgId = 0;

beforeAll(async () => {
  const [org] = await db.insert(organizations).values({ kind: 'authority', fullName: 'Authority', shortName: 'A' }).returning();
  orgId = org!.id;
  const [person] = await db
    .insert(persons)
    .values({ surname: 'Серікова', name: 'Дана', birthDate: '1990-05-05', sex: 'female', iin: buildIin('1990-05-05', 'female', 12)! })
    .returning();
  const [user] = await db
    .insert(users)
    .values({ personId: person!.id, login: 'Dana', email: 'dana@example.kz', passwordHash: await hashPassword('right-password') })
    .returning();
  userId = user!.id;
  await db.insert(memberships).values({ personId: person!.id, organizationId: orgId, role: 'employee', isAdmin: true });
});

describe('authenticate', () => {
  it('accepts the login in any case, or the e-mail, and records the sign-in time', async () => {
    const byLogin = await authenticate(db, { login: 'dana', password: 'right-password', address: '10.0.0.1' });
    expect(byLogin).toEqual({ ok: true, user: { id: userId, name: 'Серікова Дана' } });
    const byEmail = await authenticate(db, { login: 'DANA@example.kz', password: 'right-password', address: '10.0.0.1' });
    expect(byEmail.ok).toBe(true);
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect(row!.lastSignInAt).not.toBeNull();
    // Each sign-in is logged, and the day counts the user once in the organisation's rollup.
    const logged = await db.select().from(signIns).where(eq(signIns.userId, userId));
    expect(logged).toHaveLength(2);
    const days = await db.select().from(organizationSignInDays).where(eq(organizationSignInDays.organizationId, orgId));
    // (Two days only when the test runs across local midnight.)
    expect(days.length).toBeGreaterThanOrEqual(1);
    for (const d of days) expect([d.users, d.staff]).toEqual([1, 1]);
  });

  it('answers a wrong password and an unknown login the same way', async () => {
    expect(await authenticate(db, { login: 'dana', password: 'wrong', address: '10.0.0.2' })).toEqual({ ok: false, reason: 'credentials' });
    expect(await authenticate(db, { login: 'ghost', password: 'wrong', address: '10.0.0.2' })).toEqual({ ok: false, reason: 'credentials' });
  });

  it('slows a login down after five failures, even with the right password, and records it in the database', async () => {
    for (let i = 0; i < 5; i++) await authenticate(db, { login: 'dana', password: `wrong-${i}`, address: `10.1.0.${i}` });
    const blocked = await authenticate(db, { login: 'dana', password: 'right-password', address: '10.1.0.99' });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    const stored = await db.select().from(signInAttempts).where(eq(signInAttempts.key, 'login:dana'));
    expect(stored.filter((a) => !a.succeeded).length).toBeGreaterThanOrEqual(5);
  });

  it('slows one address down across logins', async () => {
    for (let i = 0; i < 5; i++) await authenticate(db, { login: `guess${i}`, password: 'x', address: '10.9.9.9' });
    expect(await authenticate(db, { login: 'someone-else', password: 'x', address: '10.9.9.9' })).toMatchObject({ reason: 'throttled' });
  });

  it('waits longer after each further failure, up to a limit', () => {
    expect(waitAfterFailures(4)).toBe(0);
    expect(waitAfterFailures(5)).toBe(30_000);
    expect(waitAfterFailures(6)).toBe(60_000);
    expect(waitAfterFailures(50)).toBe(15 * 60_000);
  });
});

describe('loadCurrentUser', () => {
  it('knows the active memberships and forgets an archived one at once', async () => {
    const before = await loadCurrentUser(db, userId);
    expect(before?.memberships).toEqual([
      { organizationId: orgId, organizationKind: 'authority', role: 'employee', isAdmin: true, isModerator: false, isEditor: false },
    ]);
    await db.update(memberships).set({ archivedAt: new Date() }).where(eq(memberships.organizationId, orgId));
    const after = await loadCurrentUser(db, userId);
    expect(after?.memberships).toEqual([]);
    expect(after?.fullName).toBe('Серікова Дана');
  });

  it('returns null for a user id that does not exist', async () => {
    expect(await loadCurrentUser(db, 999_999)).toBeNull();
  });
});
