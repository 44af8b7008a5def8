import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsEmailCodes, auditEvents, mailOutbox, organizations, territories, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { CurrentUser } from '@/lib/auth/permissions';
import { confirmApplicationsEmailCode, confirmCodeCommand, sendApplicationsEmailCode, sendCodeCommand } from '@/lib/organizations/settings/applications-email';
import { saveFunctionSettings } from '@/lib/organizations/functions/save';
import { withDefaultFunctions } from '@/lib/organizations/functions/defaults';
import { deleteLogo, replaceLogo } from '@/lib/organizations/settings/logo';
import { updateAbout, updateContacts, updateLocalization } from '@/lib/organizations/settings/commands';
import { localStorage } from '@/lib/storage/local';
import { currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const ORG = 1;
let admin: CurrentUser;
let staff: CurrentUser;
let filesDir: string;

async function userByLogin(login: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return currentUser(db, row!.id);
}
async function org() {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, ORG));
  return row!;
}
async function lastMailTo(address: string) {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(desc(mailOutbox.id)).limit(1);
  return mail;
}
const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1] ?? '';

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  admin = await userByLogin('admin');
  staff = await userByLogin('staff');
  filesDir = await mkdtemp(path.join(tmpdir(), 'kundelik-logo-'));
});
afterAll(() => rm(filesDir, { recursive: true, force: true }));

describe('About, Contacts and Localization', () => {
  it('save the names with an audit event of the changed fields only', async () => {
    const result = await runCommand(db, updateAbout, admin, { orgId: String(ORG), shortName: 'Білім басқармасы', fullName: (await org()).fullName });
    expect(result).toEqual({ ok: true, data: { changed: 1 } });
    expect((await org()).shortName).toBe('Білім басқармасы');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'organization.about.update'));
    expect(Object.keys(event!.changes)).toEqual(['shortName']);
    expect(await runCommand(db, updateAbout, admin, { orgId: String(ORG), shortName: 'Білім басқармасы', fullName: (await org()).fullName })).toEqual({ ok: true, data: { changed: 0 } });
  });

  it('refuse bad contacts field by field and store nothing', async () => {
    const before = await org();
    const result = await runCommand(db, updateContacts, admin, {
      orgId: String(ORG),
      legalAddress: 'Қонаев қ., 40',
      actualAddress: '',
      phones: 'not a phone',
      fax: '',
      email: 'team@',
      website: 'javascript:alert(1)',
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { phones: ['Contacts.phone_invalid'], email: ['Contacts.email_invalid'], website: ['Contacts.website_invalid'] } });
    expect((await org()).legalAddress).toBe(before.legalAddress);
  });

  it('save valid contacts, markup kept as text', async () => {
    const result = await runCommand(db, updateContacts, admin, {
      orgId: String(ORG),
      legalAddress: '<script>alert(1)</script> Қонаев қ., 40',
      actualAddress: 'Қонаев қ., 40, 3-қабат',
      phones: '8-727-313-18-32, +7 701 123 45 67',
      fax: '8-727-313-18-33',
      email: 'Info@Edu.kz',
      website: 'edu.kz',
    });
    expect(result).toMatchObject({ ok: true });
    expect(await org()).toMatchObject({ legalAddress: '<script>alert(1)</script> Қонаев қ., 40', email: 'info@edu.kz', phones: '8-727-313-18-32, +7 701 123 45 67' });
  });

  it('store the deepest place chosen and refuse a city outside the chosen region', async () => {
    const [country] = await db.select().from(territories).where(eq(territories.level, 'country'));
    const [region] = await db.select().from(territories).where(eq(territories.katoCode, '190000000'));
    const [city] = await db.select().from(territories).where(eq(territories.katoCode, '191610000'));
    const [otherRegion] = await db.select().from(territories).where(eq(territories.katoCode, '750000000'));
    const form = { orgId: String(ORG), countryId: String(country!.id), regionId: String(region!.id), cityId: String(city!.id), subordinationId: String(region!.id), timeZone: 'Asia/Almaty' };
    expect(await runCommand(db, updateLocalization, admin, { ...form, regionId: String(otherRegion!.id) })).toMatchObject({ ok: false, fieldErrors: { cityId: ['Localization.city_outside_region'] } });
    expect(await runCommand(db, updateLocalization, admin, { ...form, timeZone: 'Mars/Base' })).toMatchObject({ ok: false, fieldErrors: { timeZone: ['Localization.time_zone_invalid'] } });
    expect(await runCommand(db, updateLocalization, admin, { ...form, timeZone: 'Asia/Tashkent' })).toMatchObject({ ok: true });
    expect(await org()).toMatchObject({ territoryId: city!.id, territorialSubordinationId: region!.id, timeZone: 'Asia/Tashkent' });
    await runCommand(db, updateLocalization, admin, { ...form, cityId: '' });
    expect((await org()).territoryId).toBe(region!.id);
    await runCommand(db, updateLocalization, admin, form);
  });

  it('are for the organisation admin only: staff and another organisation admin are refused', async () => {
    expect(await runCommand(db, updateAbout, staff, { orgId: String(ORG), shortName: 'x', fullName: 'y' })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, updateContacts, admin, { orgId: '2', legalAddress: '', actualAddress: '', phones: '', fax: '', email: '', website: '' })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, updateAbout, null as unknown as CurrentUser, { orgId: String(ORG), shortName: 'x', fullName: 'y' })).toEqual({ ok: false, messageKey: 'unauthenticated' });
  });
});

describe('E-mail for applications', () => {
  const t0 = new Date('2026-05-04T09:00:00Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  it('mails a six-digit code through the outbox and confirms the address with it, once', async () => {
    await sendApplicationsEmailCode(db, admin, { orgId: ORG, email: 'apps@edu.kz', locale: 'kk' }, t0);
    const mail = await lastMailTo('apps@edu.kz');
    expect(mail).toMatchObject({ status: 'pending', subject: expect.stringContaining('Растау коды') });
    const code = codeIn(mail!.textBody);
    expect(code).toMatch(/^\d{6}$/);
    const [stored] = await db.select().from(applicationsEmailCodes).where(eq(applicationsEmailCodes.organizationId, ORG));
    expect(stored!.codeHash).not.toContain(code);
    expect(stored!.outboxId).toBe(mail!.id);
    expect((await org()).applicationsEmailConfirmedAt).toBeNull();

    await expect(confirmApplicationsEmailCode(db, admin, { orgId: ORG, code }, at(30))).resolves.toEqual({ email: 'apps@edu.kz' });
    expect(await org()).toMatchObject({ applicationsEmail: 'apps@edu.kz', applicationsEmailConfirmedAt: at(30) });
    // The same code again: used.
    await expect(confirmApplicationsEmailCode(db, admin, { orgId: ORG, code }, at(40))).rejects.toMatchObject({ messageKey: 'ApplicationsEmail.code_used' });
  });

  it('sends a new code only a minute after the last, never for the confirmed address', async () => {
    await expect(sendApplicationsEmailCode(db, admin, { orgId: ORG, email: 'apps@edu.kz', locale: 'ru' }, at(100))).rejects.toMatchObject({ messageKey: 'ApplicationsEmail.already_confirmed' });
    await sendApplicationsEmailCode(db, admin, { orgId: ORG, email: 'new@edu.kz', locale: 'ru' }, at(100));
    await expect(sendApplicationsEmailCode(db, admin, { orgId: ORG, email: 'new@edu.kz', locale: 'ru' }, at(159))).rejects.toMatchObject({ messageKey: 'ApplicationsEmail.resend_wait' });
    await sendApplicationsEmailCode(db, admin, { orgId: ORG, email: 'new@edu.kz', locale: 'ru' }, at(160));
    // Changing the address needs a confirmation: until then applications keep the confirmed one.
    expect((await org()).applicationsEmail).toBe('apps@edu.kz');
  });

  it('counts wrong tries (kept although refused) and voids the code at the fifth', async () => {
    const code = codeIn((await lastMailTo('new@edu.kz'))!.textBody);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 4; i++) await expect(confirmApplicationsEmailCode(db, admin, { orgId: ORG, code: wrong }, at(200))).rejects.toMatchObject({ messageKey: 'ApplicationsEmail.code_wrong' });
    await expect(confirmApplicationsEmailCode(db, admin, { orgId: ORG, code: wrong }, at(200))).rejects.toMatchObject({ messageKey: 'ApplicationsEmail.code_voided' });
    const [stored] = await db.select().from(applicationsEmailCodes).where(eq(applicationsEmailCodes.organizationId, ORG));
    expect(stored!.failedAttempts).toBe(5);
    await expect(confirmApplicationsEmailCode(db, admin, { orgId: ORG, code }, at(210))).rejects.toMatchObject({ messageKey: 'ApplicationsEmail.code_voided' });
    expect((await org()).applicationsEmail).toBe('apps@edu.kz');
  });

  it('refuses an expired code', async () => {
    await sendApplicationsEmailCode(db, admin, { orgId: ORG, email: 'late@edu.kz', locale: 'en' }, at(1000));
    const code = codeIn((await lastMailTo('late@edu.kz'))!.textBody);
    await expect(confirmApplicationsEmailCode(db, admin, { orgId: ORG, code }, at(1000 + 15 * 60))).rejects.toMatchObject({ messageKey: 'ApplicationsEmail.code_expired' });
  });

  it('checks at most five of 40 parallel wrong codes', async () => {
    const orgId = 3;
    await sendApplicationsEmailCode(db, admin, { orgId, email: 'race@edu.kz', locale: 'kk' }, at(2000));
    const code = codeIn((await lastMailTo('race@edu.kz'))!.textBody);
    const wrong = code === '000000' ? '111111' : '000000';
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => confirmApplicationsEmailCode(db, admin, { orgId, code: wrong }, at(2010))));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    const [stored] = await db.select().from(applicationsEmailCodes).where(eq(applicationsEmailCodes.organizationId, orgId));
    expect(stored!.failedAttempts).toBe(5);
  });

  it('gives no five fresh guesses with each new code: ten tries an hour per organisation, then the wait is stated', async () => {
    const orgId = 4;
    const email = 'guess@edu.kz';
    for (const round of [0, 1]) {
      await sendApplicationsEmailCode(db, admin, { orgId, email, locale: 'kk' }, at(3000 + round * 60));
      const code = codeIn((await lastMailTo(email))!.textBody);
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) await confirmApplicationsEmailCode(db, admin, { orgId, code: wrong }, at(3000 + round * 60)).catch(() => {});
    }
    await sendApplicationsEmailCode(db, admin, { orgId, email, locale: 'kk' }, at(3120));
    const code = codeIn((await lastMailTo(email))!.textBody);
    const refusal = 'ApplicationsEmail.code_throttled';
    await expect(confirmApplicationsEmailCode(db, admin, { orgId, code }, at(3120))).rejects.toMatchObject({ messageKey: refusal, fieldErrors: { code: [refusal] }, messageValues: { minutes: '58' } });
    // After the hour a code works again.
    await sendApplicationsEmailCode(db, admin, { orgId, email, locale: 'kk' }, at(3000 + 3600));
    const later = codeIn((await lastMailTo(email))!.textBody);
    await expect(confirmApplicationsEmailCode(db, admin, { orgId, code: later }, at(3000 + 3600))).resolves.toEqual({ email });
  });

  it('checks input and permission like every action', async () => {
    expect(await runCommand(db, sendCodeCommand, admin, { orgId: String(ORG), email: 'nope', locale: 'kk' })).toMatchObject({ ok: false, fieldErrors: { email: ['ApplicationsEmail.email_invalid'] } });
    expect(await runCommand(db, confirmCodeCommand, admin, { orgId: String(ORG), code: '12ab56' })).toMatchObject({ ok: false, fieldErrors: { code: ['ApplicationsEmail.code_format'] } });
    expect(await runCommand(db, sendCodeCommand, staff, { orgId: String(ORG), email: 'x@edu.kz', locale: 'kk' })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, confirmCodeCommand, staff, { orgId: String(ORG), code: '123456' })).toEqual({ ok: false, messageKey: 'forbidden' });
  });

  it('keeps e-applications off for an organisation without a confirmed address', async () => {
    const [row] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, 2));
    const wanted = withDefaultFunctions(row!.functions);
    wanted.feedback.applications = true;
    const adminOf2 = { ...admin, memberships: [...admin.memberships, { organizationId: 2, organizationKind: 'authority' as const, role: 'employee' as const, isAdmin: true, isModerator: false, isEditor: false }] };
    await expect(saveFunctionSettings(db, adminOf2, { orgId: 2, ...wanted })).rejects.toMatchObject({ messageKey: 'Functions.error_applications_email_unconfirmed' });
    const mine = withDefaultFunctions((await org()).functions);
    mine.feedback.applications = true;
    await expect(saveFunctionSettings(db, admin, { orgId: ORG, ...mine })).resolves.toMatchObject({ changed: 1 });
  });
});

describe('the logo', () => {
  it('is stored scaled to 150×150, replaced (old file removed) and deleted', async () => {
    const storage = localStorage(filesDir);
    const big = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#0a6' } }).jpeg().toBuffer();
    const first = await replaceLogo(db, storage, { orgId: ORG, userId: admin.id, bytes: big });
    expect(first).toMatchObject({ width: 150, height: 150 });
    expect((await org()).logoKey).toBe(first.key);
    const stored = Buffer.from(await new Response(await storage.get(first.key)).arrayBuffer());
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'png', width: 150, height: 150 });

    const second = await replaceLogo(db, storage, { orgId: ORG, userId: admin.id, bytes: await sharp({ create: { width: 90, height: 60, channels: 4, background: '#fff0' } }).png().toBuffer() });
    expect(second).toMatchObject({ width: 90, height: 60 });
    expect(await storage.get(first.key)).toBeNull();

    await expect(replaceLogo(db, storage, { orgId: ORG, userId: admin.id, bytes: Buffer.from('%PDF-1.4') })).rejects.toMatchObject({ messageKey: 'Logo.wrong_format' });
    expect((await org()).logoKey).toBe(second.key);

    expect(await deleteLogo(db, storage, { orgId: ORG, userId: admin.id })).toEqual({ removed: true });
    expect((await org()).logoKey).toBeNull();
    expect(await storage.get(second.key)).toBeNull();
    expect(await deleteLogo(db, storage, { orgId: ORG, userId: admin.id })).toEqual({ removed: false });
  });
});
