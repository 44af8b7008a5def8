import { describe, expect, it } from 'vitest';
import { checkCode, CODE_TTL_MS, generateCode, hashCode, MAX_WRONG_TRIES, RESEND_AFTER_MS, resendWait, type StoredCode, triesLeft } from '@/lib/organizations/settings/confirmation-code';

const ORG = 7;
const sentAt = new Date('2026-05-01T10:00:00Z');
const stored = (over: Partial<StoredCode> = {}): StoredCode => ({
  email: 'apps@edu.kz',
  codeHash: hashCode(ORG, 'apps@edu.kz', '123456'),
  sentAt,
  expiresAt: new Date(sentAt.getTime() + CODE_TTL_MS),
  failedAttempts: 0,
  usedAt: null,
  ...over,
});
const at = (ms: number) => new Date(sentAt.getTime() + ms);

describe('the applications e-mail confirmation code', () => {
  it('is six digits, leading zeros kept', () => {
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(/^\d{6}$/);
  });

  it('is accepted within 15 minutes and refused from the 15th minute on', () => {
    expect(checkCode(stored(), ORG, '123456', at(CODE_TTL_MS - 1))).toBe('ok');
    expect(checkCode(stored(), ORG, '123456', at(CODE_TTL_MS))).toBe('expired');
  });

  it('counts as wrong for another code, another organisation or another address', () => {
    expect(checkCode(stored(), ORG, '654321', at(1000))).toBe('wrong');
    expect(checkCode(stored(), ORG + 1, '123456', at(1000))).toBe('wrong');
    expect(checkCode(stored({ email: 'other@edu.kz' }), ORG, '123456', at(1000))).toBe('wrong');
  });

  it('stops working after five wrong tries, even with the right code', () => {
    expect(MAX_WRONG_TRIES).toBe(5);
    expect(checkCode(stored({ failedAttempts: 4 }), ORG, '123456', at(1000))).toBe('ok');
    expect(checkCode(stored({ failedAttempts: 5 }), ORG, '123456', at(1000))).toBe('too_many_tries');
    expect(triesLeft(4)).toBe(1);
    expect(triesLeft(7)).toBe(0);
  });

  it('is refused once used, and when none was sent', () => {
    expect(checkCode(stored({ usedAt: at(5000) }), ORG, '123456', at(6000))).toBe('used');
    expect(checkCode(null, ORG, '123456', at(0))).toBe('no_code');
  });

  it('may be sent again only 60 seconds after the last one', () => {
    expect(resendWait(null, at(0))).toBe(0);
    expect(resendWait(stored(), at(1000))).toBe(RESEND_AFTER_MS - 1000);
    expect(resendWait(stored(), at(RESEND_AFTER_MS))).toBe(0);
    // A used code does not hold back a code for a new address.
    expect(resendWait(stored({ usedAt: at(500) }), at(1000))).toBe(0);
  });

  it('is never stored itself: the hash does not contain it', () => {
    expect(hashCode(ORG, 'apps@edu.kz', '123456')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCode(ORG, 'APPS@edu.kz', '123456')).toBe(hashCode(ORG, 'apps@edu.kz', '123456'));
  });
});
