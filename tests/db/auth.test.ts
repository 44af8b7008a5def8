import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, organizations, organizationSignInDays, persons, rateLimits, signIns, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { hashPassword } from '@/lib/auth/password';
import { BUSY_ADDRESS_DELAY_MS } from '@/lib/auth/throttle';
import { clientAddress, markSocketAddressStamped, parseTrustedProxies, SOCKET_ADDRESS_HEADER } from '@/lib/client-address';
import { buildIin } from '@/lib/people/iin';
import { hit, limits } from '@/lib/rate-limit';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let userId = 0;
let orgId = 0;
let serial = 100;

/** A user of their own for a test, so one test's failures never touch another's budget. */
async function addUser(login: string, password: string) {
  const birthDate = '1991-03-03';
  const [person] = await db.insert(persons).values({ surname: 'Тест', name: login, birthDate, sex: 'male', iin: buildIin(birthDate, 'male', serial++)! }).returning();
  const email = `${login}@example.kz`;
  await db.insert(users).values({ personId: person!.id, login, email, passwordHash: await hashPassword(password) });
  return { login, email };
}

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
    expect(byLogin).toEqual({ ok: true, user: { id: userId, name: 'Серікова Дана', sessionVersion: 0 } });
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

  it('refuses a login after five failures, even with the right password, and states the real wait', async () => {
    for (let i = 0; i < 5; i++) await authenticate(db, { login: 'dana', password: `wrong-${i}`, address: '10.1.0.1' });
    const blocked = await authenticate(db, { login: 'dana', password: 'right-password', address: '10.1.0.1' });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    if (blocked.ok) return;
    expect(blocked.retryAfterMs).toBeGreaterThan(14 * 60_000);
    expect(blocked.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
  });

  it('checks at most five of 40 parallel wrong passwords for one login', async () => {
    const login = await addUser('race', 'race-password');
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => authenticate(db, { login: login.login, password: `guess-${i}`, address: '10.2.0.1' })));
    // 'credentials' is answered only after the password was checked; 'throttled' before.
    expect(results.filter((r) => !r.ok && r.reason === 'credentials')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(35);
  });

  it('gives the login and the e-mail of one account one budget', async () => {
    const user = await addUser('twoways', 'twoways-password');
    for (let i = 0; i < 3; i++) await authenticate(db, { login: user.login, password: `wrong-${i}`, address: null });
    for (let i = 0; i < 2; i++) await authenticate(db, { login: user.email, password: `wrong-${i}`, address: null });
    expect(await authenticate(db, { login: user.email.toUpperCase(), password: 'twoways-password', address: null })).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await authenticate(db, { login: user.login, password: 'twoways-password', address: null })).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it("does not lock another account out behind the same address: five failures as staff, then parent's right password", async () => {
    const staff = await addUser('nat-staff', 'staff-password');
    const parent = await addUser('nat-parent', 'parent-password');
    for (let i = 0; i < 5; i++) await authenticate(db, { login: staff.login, password: `wrong-${i}`, address: '10.3.0.1' });
    expect(await authenticate(db, { login: staff.login, password: 'staff-password', address: '10.3.0.1' })).toMatchObject({ reason: 'throttled' });
    expect(await authenticate(db, { login: parent.login, password: 'parent-password', address: '10.3.0.1' })).toMatchObject({ ok: true });
  });

  it('limits an account across addresses, and a success forgives its failures', async () => {
    const user = await addUser('spread', 'spread-password');
    for (let i = 0; i < 4; i++) await authenticate(db, { login: user.login, password: 'wrong', address: '10.4.0.1' });
    expect(await authenticate(db, { login: user.login, password: 'spread-password', address: '10.4.0.1' })).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await authenticate(db, { login: user.login, password: 'wrong', address: '10.4.0.1' });
    expect(await authenticate(db, { login: user.login, password: 'spread-password', address: '10.4.0.1' })).toMatchObject({ ok: true });
    for (let a = 0; a < 20; a++) await authenticate(db, { login: user.login, password: 'wrong', address: `10.5.${a}.1` });
    expect(await authenticate(db, { login: user.login, password: 'spread-password', address: '10.5.99.1' })).toMatchObject({ reason: 'throttled' });
  });

  it('past the address ceiling slows an address down, refusing only accounts it already failed on', async () => {
    const fresh = await addUser('busy-fresh', 'fresh-password');
    const failed = await addUser('busy-failed', 'failed-password');
    await authenticate(db, { login: failed.login, password: 'wrong', address: '10.6.0.1' });
    for (let i = 0; i < limits.signInAddress.points; i++) await hit(db, limits.signInAddress, '10.6.0.1');
    const started = Date.now();
    expect(await authenticate(db, { login: fresh.login, password: 'fresh-password', address: '10.6.0.1' })).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_ADDRESS_DELAY_MS);
    expect(await authenticate(db, { login: failed.login, password: 'failed-password', address: '10.6.0.1' })).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('with rotating X-Forwarded-For and no trusted proxy, counts the socket address', async () => {
    markSocketAddressStamped();
    const staff = await addUser('xff-staff', 'staff-password');
    const parent = await addUser('xff-parent', 'parent-password');
    const from = (i: number) => clientAddress({ [SOCKET_ADDRESS_HEADER]: '10.7.0.1', 'x-forwarded-for': `198.51.100.${i}` }, parseTrustedProxies(undefined));
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await authenticate(db, { login: staff.login, password: `wrong-${i}`, address: from(i) }));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([...Array(5).fill('credentials'), ...Array(3).fill('throttled')]);
    expect(await authenticate(db, { login: parent.login, password: 'parent-password', address: from(99) })).toMatchObject({ ok: true });
    const rows = await db.select({ key: rateLimits.key }).from(rateLimits).where(eq(rateLimits.name, limits.signInAddress.name));
    expect(rows.map((r) => r.key)).toContain('10.7.0.1');
    expect(rows.map((r) => r.key).filter((k) => k.startsWith('198.51.100.'))).toEqual([]);
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
