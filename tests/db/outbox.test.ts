import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '@/db/schema';
import { enqueueMail } from '@/lib/mail/outbox';
import { resendTransport } from '@/lib/mail/resend';
import { deliverDueMail, LEASE_MS, MAX_ATTEMPTS, mailStates, retryDelay, sendAgain } from '@/lib/mail/sender';
import { logTransport } from '@/lib/mail/transport';
import { startResendStandIn } from '../support/stand-ins';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let resend: Awaited<ReturnType<typeof startResendStandIn>>;
const transport = () => resendTransport('re_test_key', { from: 'Kundelik <no-reply@kundelik.kz>', baseUrl: resend.baseUrl });
const t0 = new Date('2030-01-01T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

async function row(id: number) {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return mail!;
}

beforeAll(async () => (resend = await startResendStandIn()));
afterAll(() => resend.close());

describe('the outbox sender', () => {
  it('waits one minute after the first failure, doubling up to six hours', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelay(30)).toBe(6 * 60 * 60_000);
  });

  it('delivers a queued mail through Resend and marks it sent', async () => {
    const id = await db.transaction((tx) => enqueueMail(tx, { to: 'apps@edu.kz', subject: 'Растау коды', text: 'Код: 123456' }));
    await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
    expect(await deliverDueMail(db, transport(), { now: t0 })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(resend.calls.at(-1)?.body).toMatchObject({ to: 'apps@edu.kz', subject: 'Растау коды', text: 'Код: 123456' });
  });

  it('keeps a mail whose delivery failed and retries it with back-off until it goes through', async () => {
    const id = await enqueueMail(db, { to: 'citizen@mail.kz', subject: 'Reply', text: 'Text' });
    await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
    resend.failNext(2);
    expect(await deliverDueMail(db, transport(), { now: t0 })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(60_000), lastError: expect.stringContaining('Stand-in failure') });
    // Not due yet: nothing is sent.
    expect(await deliverDueMail(db, transport(), { now: at(59_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDueMail(db, transport(), { now: at(60_000) })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await row(id)).nextAttemptAt).toEqual(at(60_000 + 120_000));
    expect(await deliverDueMail(db, transport(), { now: at(180_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('marks a mail failed after the last try, shows why, and sends it again on request', async () => {
    const id = await enqueueMail(db, { to: 'down@mail.kz', subject: 'S', text: 'T' });
    await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
    resend.failAlways(true);
    let now = t0;
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await deliverDueMail(db, transport(), { now });
      now = new Date(now.getTime() + retryDelay(i));
    }
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect((await mailStates(db, [id])).get(id)).toMatchObject({ status: 'failed', lastError: expect.stringContaining('Stand-in failure') });
    expect(await deliverDueMail(db, transport(), { now: at(365 * 24 * 3600_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });

    resend.failAlways(false);
    await sendAgain(db, id, now);
    expect(await deliverDueMail(db, transport(), { now })).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it('never sends one mail twice when two senders run at once', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => enqueueMail(db, { to: `parallel${i}@mail.kz`, subject: 'P', text: 'T' })));
    for (const id of ids) await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
    const before = resend.calls.length;
    const reports = await Promise.all([deliverDueMail(db, transport(), { now: t0, limit: 4 }), deliverDueMail(db, transport(), { now: t0, limit: 4 })]);
    const sent = reports.reduce((n, r) => n + r.sent, 0);
    expect(sent).toBeLessThanOrEqual(6);
    await deliverDueMail(db, transport(), { now: t0 });
    const to = resend.calls.slice(before).map((c) => c.body.to);
    expect(to.sort()).toEqual(ids.map((_, i) => `parallel${i}@mail.kz`).sort());
  });

  it('leaves a claimed mail to its sender for the lease, then lets another take it over', async () => {
    const id = await enqueueMail(db, { to: 'lease@mail.kz', subject: 'L', text: 'T' });
    // A sender that claimed it and died: attempts counted, nextAttemptAt pushed by the lease.
    await db.update(mailOutbox).set({ attempts: 1, nextAttemptAt: at(LEASE_MS) }).where(eq(mailOutbox.id, id));
    expect(await deliverDueMail(db, transport(), { now: at(LEASE_MS - 1) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDueMail(db, transport(), { now: at(LEASE_MS) })).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it('writes to the log when no mail service is configured', async () => {
    const lines: string[] = [];
    const id = await enqueueMail(db, { to: 'demo@edu.kz', subject: 'Демо', text: 'Код: 654321' });
    await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
    await deliverDueMail(db, logTransport((line) => lines.push(line)), { now: t0 });
    expect(lines.join('\n')).toContain('Код: 654321');
    expect((await row(id)).status).toBe('sent');
  });

  it('empties the body of a secret mail once Resend accepted it, keeps it until then, and keeps ordinary mail', async () => {
    const secret = await enqueueMail(db, { to: 'new@edu.kz', subject: 'Шақыру', text: 'Логин: inv-1, құпиясөз: abcd-efgh', secret: true });
    const ordinary = await enqueueMail(db, { to: 'old@edu.kz', subject: 'Жауап', text: 'Сұрағыңызға жауап' });
    await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, secret));
    await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, ordinary));
    resend.failNext(1);
    await deliverDueMail(db, transport(), { now: t0 });
    // Not delivered yet: the secret is still needed for the next try.
    expect(await row(secret)).toMatchObject({ status: 'pending', textBody: 'Логин: inv-1, құпиясөз: abcd-efgh' });
    await deliverDueMail(db, transport(), { now: at(60_000) });
    expect(resend.calls.some((c) => (c.body as { text?: string }).text === 'Логин: inv-1, құпиясөз: abcd-efgh')).toBe(true);
    expect(await row(secret)).toMatchObject({ status: 'sent', textBody: '', secret: true });
    expect(await row(ordinary)).toMatchObject({ status: 'sent', textBody: 'Сұрағыңызға жауап' });
  });

  it('never writes an invitation password or a confirmation code to the log: only that it was queued and where to read it', async () => {
    const lines: string[] = [];
    const invitation = await enqueueMail(db, { to: 'invited@edu.kz', subject: 'Шақыру', text: 'Логин: inv-77, бір реттік құпиясөз: Qw7-zX9-pL2', secret: true });
    const code = await enqueueMail(db, { to: 'apps@edu.kz', subject: 'Растау коды', text: 'Растау коды: 482913', secret: true });
    for (const id of [invitation, code]) await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
    await deliverDueMail(db, logTransport((line) => lines.push(line)), { now: t0 });
    const log = lines.join('\n');
    expect(log).not.toContain('Qw7-zX9-pL2');
    expect(log).not.toContain('482913');
    expect(log).toContain(`where id = ${invitation}`);
    expect(log).toContain(`where id = ${code}`);
    expect(log).toContain('to=invited@edu.kz');
    // The outbox row is where an admin reads it.
    expect(await row(invitation)).toMatchObject({ status: 'sent', textBody: 'Логин: inv-77, бір реттік құпиясөз: Qw7-zX9-pL2' });
  });

  it('keeps a secret mail readable with the demo log transport, where the row is the only copy', async () => {
    const id = await enqueueMail(db, { to: 'demo2@edu.kz', subject: 'Код', text: 'Код: 111222', secret: true });
    await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
    await deliverDueMail(db, logTransport(() => {}), { now: t0 });
    expect(await row(id)).toMatchObject({ status: 'sent', textBody: 'Код: 111222' });
  });
});
