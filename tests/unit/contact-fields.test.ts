import { describe, expect, it } from 'vitest';
import { checkAttachment } from '@/lib/feedback/attachment';
import { applicationSchema, ATTACHMENT_MAX_BYTES, questionSchema, receptionHourSchema } from '@/lib/feedback/schemas';
import { isPhone, isWebsite } from '@/lib/organizations/settings/contact-fields';
import { aboutSchema, contactsSchema } from '@/lib/organizations/settings/schemas';

const errorsOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('contact fields', () => {
  it('take Kazakh phone numbers in their usual spellings and refuse the rest', () => {
    for (const ok of ['8-727-313-18-32', '+7 701 123 45 67', '8 (72772) 4-12-30', '87273131832']) expect(isPhone(ok)).toBe(true);
    for (const bad of ['call me', '12', '+7 701 123 45 67 89 00 11', '8-727-313-18-32<script>', '--', '+']) expect(isPhone(bad)).toBe(false);
  });

  it('take web addresses with or without http(s) and refuse other schemes', () => {
    for (const ok of ['kundelik.kz', 'https://kundelik.kz', 'http://edu.gov.kz/ru/page?id=1', 'www.bilim.kz/']) expect(isWebsite(ok)).toBe(true);
    for (const bad of ['javascript:alert(1)', 'ftp://files.kz', 'kundelik', 'https://', 'a b.kz', 'https://user:pw@site.kz', 'data:text/html,<b>x</b>']) expect(isWebsite(bad)).toBe(false);
  });

  it('check every contact of Settings → Contacts with its own message, and allow them empty', () => {
    const bad = contactsSchema.safeParse({ orgId: '1', legalAddress: 'ok', actualAddress: '', phones: '8-727-313-18-32, nope', fax: 'x', email: 'not-mail', website: 'javascript:alert(1)' });
    expect(errorsOf(bad)).toEqual({ phones: 'Contacts.phone_invalid', fax: 'Contacts.fax_invalid', email: 'Contacts.email_invalid', website: 'Contacts.website_invalid' });
    const empty = contactsSchema.safeParse({ orgId: '1', legalAddress: '', actualAddress: '', phones: '', fax: '', email: '', website: '' });
    expect(empty.success).toBe(true);
    const cased = contactsSchema.parse({ orgId: '1', legalAddress: '  Конаев, 40  ', actualAddress: '', phones: '', fax: '', email: ' Team@Kundelik.KZ ', website: '' });
    expect([cased.legalAddress, cased.email]).toEqual(['Конаев, 40', 'team@kundelik.kz']);
  });

  it('require both names, keep markup as plain text, and refuse control characters', () => {
    expect(errorsOf(aboutSchema.safeParse({ orgId: '1', shortName: '  ', fullName: 'x' }))).toEqual({ shortName: 'required' });
    expect(aboutSchema.parse({ orgId: '1', shortName: '<b>ББ</b>', fullName: 'x' }).shortName).toBe('<b>ББ</b>');
    expect(errorsOf(aboutSchema.safeParse({ orgId: '1', shortName: 'a\u0000b', fullName: 'x' }))).toEqual({ shortName: 'invalid' });
    expect(errorsOf(aboutSchema.safeParse({ orgId: '1', shortName: 'a\nb', fullName: 'x' }))).toEqual({ shortName: 'invalid' });
  });
});

describe('the citizens forms', () => {
  const application = { orgId: '1', name: 'Айгүл Серікқызы', email: 'aigul@mail.kz', phone: '', subject: 'Мектепке орналастыру', body: 'Мәтін', locale: 'kk' };

  it('refuse an empty text and a 50,000-character one, and a bad e-mail or phone', () => {
    expect(errorsOf(applicationSchema.safeParse({ ...application, body: '   ' }))).toEqual({ body: 'required' });
    expect(errorsOf(applicationSchema.safeParse({ ...application, body: 'я'.repeat(50_000) }))).toMatchObject({ body: 'too_long' });
    expect(errorsOf(applicationSchema.safeParse({ ...application, email: 'aigul@', phone: 'звоните' }))).toEqual({ email: 'Feedback.email_invalid', phone: 'Feedback.phone_invalid' });
    expect(applicationSchema.parse({ ...application, locale: 'xx' }).locale).toBe('kk');
    expect(errorsOf(questionSchema.safeParse({ orgId: '1', name: 'A', email: '', body: '' }))).toEqual({ body: 'required' });
  });

  it('keep a multi-line text and the honeypot value', () => {
    const parsed = applicationSchema.parse({ ...application, body: 'бірінші\nекінші', website: 'http://spam' });
    expect(parsed.body).toBe('бірінші\nекінші');
    expect(parsed.website).toBe('http://spam');
  });

  it('accept attachments by content: PDF, images, Word, text; refuse executables, empties and oversize', () => {
    const pdf = checkAttachment({ bytes: Buffer.from('%PDF-1.4 test'), name: 'өтініш.png' });
    expect(pdf).toMatchObject({ contentType: 'application/pdf', name: 'өтініш.png' });
    expect(checkAttachment({ bytes: Buffer.from('Сәлеметсіз бе'), name: 'a.txt' })).toMatchObject({ contentType: 'text/plain; charset=utf-8' });
    expect(checkAttachment({ bytes: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), name: 'scan.pdf' })).toEqual({ error: 'Feedback.attachment_type' });
    expect(checkAttachment({ bytes: new Uint8Array(), name: 'empty.pdf' })).toEqual({ error: 'Feedback.attachment_empty' });
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(Buffer.from('%PDF-'));
    expect(checkAttachment({ bytes: big, name: 'big.pdf' })).toEqual({ error: 'Feedback.attachment_too_large' });
    expect(checkAttachment(null)).toBeNull();
    expect(checkAttachment({ bytes: Buffer.from('%PDF-'), name: '../../etc/passwd' })).toMatchObject({ name: 'passwd' });
  });

  it('check reception hours: a real time, and the end after the start', () => {
    const hour = { orgId: '1', weekday: '1', startsAt: '09:00', endsAt: '12:00', receiver: 'Искандерова Алия', place: '204 каб.' };
    expect(receptionHourSchema.safeParse(hour).success).toBe(true);
    expect(errorsOf(receptionHourSchema.safeParse({ ...hour, startsAt: '25:00' }))).toEqual({ startsAt: 'FeedbackAdmin.time_invalid' });
    expect(errorsOf(receptionHourSchema.safeParse({ ...hour, endsAt: '08:00' }))).toEqual({ endsAt: 'FeedbackAdmin.time_order' });
    expect(errorsOf(receptionHourSchema.safeParse({ ...hour, weekday: '8', receiver: '' }))).toEqual({ weekday: 'invalid', receiver: 'required' });
  });
});
