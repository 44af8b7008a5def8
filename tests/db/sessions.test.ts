import { eq } from 'drizzle-orm';
import { encode, type JWT } from 'next-auth/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { loadSessionUser } from '@/lib/auth/load-current-user';
import { getAuthOptions } from '@/lib/auth/options';
import { hashPassword } from '@/lib/auth/password';
import { archivePersonInOrg } from '@/lib/people/membership-changes';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { useTestDatabase } from './test-database';

const { db, url } = await useTestDatabase();
// next-auth's options reach the database through getDb(): this file's database.
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_SECRET ??= 'sessions-test-secret-0123456789';

let orgId = 0;
let otherOrgId = 0;
let admin = 0;

/** Signs in as next-auth does: authorize's user goes through the jwt callback into the session cookie. */
async function signIn(login: string, password: string) {
  const result = await authenticate(db, { login, password, address: null });
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  const { callbacks } = getAuthOptions();
  const user = { id: String(result.user.id), name: result.user.name, sessionVersion: result.user.sessionVersion };
  const token = (await callbacks!.jwt!({ token: {}, user, account: null } as never)) as JWT;
  // The cookie, as next-auth writes it after the jwt callback.
  const cookie = await encode({ token, secret: getAuthOptions().secret!, maxAge: 3600 });
  return { token, cookie };
}

/** What getCurrentUser does on each request with the session's cookie. */
const requestWith = (cookie: string) => loadSessionUser(db, cookie, getAuthOptions().secret!);

beforeAll(async () => {
  orgId = (await addOrg(db)).id;
  otherOrgId = (await addOrg(db, 'institution', 'School')).id;
  const a = await addPerson(db, { surname: 'Әкім', name: 'Әкімов', login: 'session-admin' });
  await addMembership(db, { personId: a.personId, orgId, isAdmin: true });
  admin = a.userId!;
});

describe('sessions', () => {
  it('end at sign-out, on every device, and a new sign-in works again', async () => {
    const p = await addPerson(db, { surname: 'Шығу', name: 'Тест', login: 'leaver', password: 'leaver-password' });
    await addMembership(db, { personId: p.personId, orgId });
    const laptop = await signIn('leaver', 'leaver-password');
    const phone = await signIn('leaver', 'leaver-password');
    expect(await requestWith(laptop.cookie)).toMatchObject({ id: p.userId });

    await getAuthOptions().events!.signOut!({ token: laptop.token, session: null } as never);
    expect(await requestWith(laptop.cookie)).toBeNull();
    expect(await requestWith(phone.cookie)).toBeNull();

    const again = await signIn('leaver', 'leaver-password');
    expect(await requestWith(again.cookie)).toMatchObject({ id: p.userId });
    // The stale cookie signing out once more does not end the new session.
    await getAuthOptions().events!.signOut!({ token: laptop.token, session: null } as never);
    expect(await requestWith(again.cookie)).toMatchObject({ id: p.userId });
  });

  it('end when the password changes', async () => {
    const p = await addPerson(db, { surname: 'Құпия', name: 'Сөз', login: 'rekey', password: 'old-password' });
    await addMembership(db, { personId: p.personId, orgId });
    const before = await signIn('rekey', 'old-password');
    await db.update(users).set({ passwordHash: await hashPassword('new-password') }).where(eq(users.id, p.userId!));
    expect(await requestWith(before.cookie)).toBeNull();
    expect(await requestWith((await signIn('rekey', 'new-password')).cookie)).toMatchObject({ id: p.userId });
  });

  it('end when the last membership is removed, not while another remains', async () => {
    const p = await addPerson(db, { surname: 'Екі', name: 'Мектеп', login: 'twoschools', password: 'two-password' });
    await addMembership(db, { personId: p.personId, orgId });
    await addMembership(db, { personId: p.personId, orgId: otherOrgId, role: 'teacher' });
    const session = (await signIn('twoschools', 'two-password')).cookie;
    await archivePersonInOrg(db, { orgId: otherOrgId, personId: p.personId, actorUserId: admin });
    expect(await requestWith(session)).toMatchObject({ memberships: [expect.objectContaining({ organizationId: orgId })] });
    await archivePersonInOrg(db, { orgId, personId: p.personId, actorUserId: admin });
    expect(await requestWith(session)).toBeNull();
  });
});
