import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSessionToken, sessionCookieName, sessionTokenFrom } from '@/lib/auth/session-token';

// The tokens are made by next-auth itself (the `encode` its sign-in uses), so these tests fail if
// the direct reading ever parts from what next-auth writes.
const secret = 'a-test-secret-of-enough-length-0123456789';

async function tokenFor(claims: Record<string, unknown>, maxAge = 3600) {
  return encode({ token: claims, secret, maxAge });
}

function flip(token: string, part: number) {
  const parts = token.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[0] = bytes[0]! ^ 1;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('session token read without next-auth’s session route', () => {
  it('reads the user and session version next-auth wrote at sign-in', async () => {
    const claims = decodeSessionToken(await tokenFor({ uid: 42, sv: 3, name: 'Әлия' }), secret);
    expect(claims).toMatchObject({ uid: 42, sv: 3, name: 'Әлия' });
  });

  it('refuses another secret, a changed byte of the text, tag, IV or header, and a truncated token', async () => {
    const token = await tokenFor({ uid: 42, sv: 0 });
    expect(decodeSessionToken(token, `${secret}x`)).toBeNull();
    for (const part of [0, 2, 3, 4]) expect(decodeSessionToken(flip(token, part), secret)).toBeNull();
    expect(decodeSessionToken(token.split('.').slice(0, 4).join('.'), secret)).toBeNull();
    expect(decodeSessionToken('not a token', secret)).toBeNull();
    expect(decodeSessionToken('', secret)).toBeNull();
  });

  it('refuses a header other than dir + A256GCM (an unsigned or compressed token)', async () => {
    const token = await tokenFor({ uid: 42 });
    const [, ...rest] = token.split('.');
    for (const header of [{ alg: 'none', enc: 'A256GCM' }, { alg: 'dir', enc: 'A128GCM' }, { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }]) {
      const forged = [Buffer.from(JSON.stringify(header)).toString('base64url'), ...rest].join('.');
      expect(decodeSessionToken(forged, secret)).toBeNull();
    }
  });

  it('refuses an expired token, with next-auth’s 15 s of clock tolerance', async () => {
    const token = await tokenFor({ uid: 42 }, 60);
    const now = Date.now();
    expect(decodeSessionToken(token, secret, now + 60_000)).not.toBeNull();
    expect(decodeSessionToken(token, secret, now + 80_000)).toBeNull();
  });

  it('finds the cookie by the name next-auth uses, whole or in chunks', () => {
    expect(sessionCookieName('https://kundelik.example')).toBe('__Secure-next-auth.session-token');
    expect(sessionCookieName('http://localhost:3000')).toBe('next-auth.session-token');
    expect(sessionCookieName(undefined)).toBe('next-auth.session-token');
    const name = 'next-auth.session-token';
    expect(sessionTokenFrom([{ name: 'other', value: 'x' }, { name, value: 'whole' }], name)).toBe('whole');
    const chunks = [
      { name: `${name}.1`, value: 'b' },
      { name: `${name}.10`, value: 'k' },
      { name: `${name}.0`, value: 'a' },
      { name: `${name}.2`, value: 'c' },
      { name: `${name}.x`, value: '!' },
    ];
    expect(sessionTokenFrom(chunks, name)).toBe('abck');
    expect(sessionTokenFrom([{ name: '__Secure-next-auth.session-token', value: 'secure' }], name)).toBeNull();
    expect(sessionTokenFrom([], name)).toBeNull();
  });
});
