import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '@/db/schema';
import { mailTransportFor } from '@/lib/mail/config';
import { enqueueMail } from '@/lib/mail/outbox';
import { deliverDueMail } from '@/lib/mail/sender';
import { smtpTransport } from '@/lib/mail/smtp';
import { envWith } from '../support/env';
import { startSmtpServer } from '../support/smtp-server';
import { useTestDatabase } from './test-database';

/**
 * The outbox sender through SMTP against a real SMTP server on loopback (smtp-server, started
 * here) and the real database: delivered, refused, retried, and a secret emptied once delivered.
 */
const { db } = await useTestDatabase();
const FROM = 'Kundelik <no-reply@edu.example.kz>';
const login = { user: 'portal@edu.example.kz', password: 'p@ss wörd:1' };
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => (smtp = await startSmtpServer(login)));
afterAll(() => smtp.close());

const t0 = new Date('2030-01-01T08:00:00Z');
async function queued(mail: Parameters<typeof enqueueMail>[1]) {
  const id = await enqueueMail(db, mail);
  await db.update(mailOutbox).set({ nextAttemptAt: t0 }).where(eq(mailOutbox.id, id));
  return id;
}
async function row(id: number) {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return mail!;
}

describe('mail through the authority\'s SMTP server', () => {
  it('delivers a secret mail with the configured login and sender, then empties its body', async () => {
    const id = await queued({ to: 'new.teacher@school.kz', subject: 'Шақыру: Kundelik', text: 'Логин: inv-1\nБір реттік құпиясөз: Qw7-zX9-pL2', secret: true });
    expect(await deliverDueMail(db, smtpTransport(smtp.url(), { from: FROM }), { now: t0 })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received.at(-1)).toEqual({
      from: 'no-reply@edu.example.kz',
      to: ['new.teacher@school.kz'],
      user: login.user,
      subject: 'Шақыру: Kundelik',
      text: 'Логин: inv-1\nБір реттік құпиясөз: Qw7-zX9-pL2',
    });
    expect(await row(id)).toMatchObject({ status: 'sent', textBody: '', secret: true, lastError: null });
  });

  it('keeps ordinary mail readable after delivery', async () => {
    const id = await queued({ to: 'parent@mail.kz', subject: 'Жауап', text: 'Сұрағыңызға жауап' });
    await deliverDueMail(db, smtpTransport(smtp.url(), { from: FROM }), { now: t0 });
    expect(await row(id)).toMatchObject({ status: 'sent', textBody: 'Сұрағыңызға жауап' });
  });

  it('keeps a mail the server refused, with the server\'s answer, and retries it: the secret stays until delivered', async () => {
    smtp.refuse.add('moved@school.kz');
    const id = await queued({ to: 'moved@school.kz', subject: 'Код', text: 'Растау коды: 482913', secret: true });
    const before = smtp.received.length;
    expect(await deliverDueMail(db, smtpTransport(smtp.url(), { from: FROM }), { now: t0 })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'pending', textBody: 'Растау коды: 482913', lastError: expect.stringMatching(/550/) });
    expect(smtp.received.length).toBe(before);

    smtp.refuse.delete('moved@school.kz');
    await deliverDueMail(db, smtpTransport(smtp.url(), { from: FROM }), { now: new Date(t0.getTime() + 60_000) });
    expect(await row(id)).toMatchObject({ status: 'sent', textBody: '' });
    expect(smtp.received.at(-1)).toMatchObject({ to: ['moved@school.kz'], text: 'Растау коды: 482913' });
  });

  it('fails (to be retried) with a wrong password or an unreachable server, sending nothing', async () => {
    const wrong = await queued({ to: 'a@school.kz', subject: 's', text: 't' });
    const before = smtp.received.length;
    await deliverDueMail(db, smtpTransport(smtp.url('wrong'), { from: FROM }), { now: t0 });
    expect(await row(wrong)).toMatchObject({ status: 'pending', lastError: expect.stringMatching(/Invalid login|Invalid username or password/) });
    expect(await row(wrong)).not.toMatchObject({ lastError: expect.stringContaining(login.password) });

    const away = await queued({ to: 'b@school.kz', subject: 's', text: 't' });
    await deliverDueMail(db, smtpTransport('smtp://127.0.0.1:9', { from: FROM }), { now: t0 });
    expect(await row(away)).toMatchObject({ status: 'pending', lastError: expect.stringMatching(/ECONNREFUSED/) });
    expect(smtp.received.length).toBe(before);
  });

  it('is chosen by SMTP_URL; Resend by RESEND_API_KEY; the log otherwise', () => {
    expect(mailTransportFor({ SMTP_URL: smtp.url(), MAIL_FROM: FROM }).kind).toBe('smtp');
    expect(mailTransportFor({ RESEND_API_KEY: 're_x', MAIL_FROM: FROM }).kind).toBe('resend');
    expect(mailTransportFor({ MAIL_FROM: FROM }).kind).toBe('log');
  });

  it('names a wrong SMTP_URL or a second mail service, without repeating the password', async () => {
    expect((await envWith({ SMTP_URL: 'smtps://portal:secret@mail.edu.kz:465' })).SMTP_URL).toBe('smtps://portal:secret@mail.edu.kz:465');
    const wrong = envWith({ SMTP_URL: 'mail.edu.kz:25 portal secret' });
    await expect(wrong).rejects.toThrow(/SMTP_URL must be smtp:\/\/user:password@host:port/);
    await expect(wrong).rejects.not.toThrow(/secret/);
    await expect(envWith({ SMTP_URL: 'smtp://mail.edu.kz', RESEND_API_KEY: 're_x' })).rejects.toThrow(/set one of them/);
  });
});
