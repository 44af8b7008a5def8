import 'server-only';
import { createDecipheriv, hkdfSync } from 'node:crypto';

/**
 * Reads next-auth's session cookie on every signed-in request without next-auth's session route.
 * `getServerSession` ran that whole route per page: it derived the key from the secret (HKDF),
 * decrypted the token, ran the callbacks, then derived the key again and encrypted a renewed token
 * that a server component cannot even set (≈ 1.5 ms of a 10 ms page, issue 13). The token is the
 * one next-auth wrote at sign-in (next-auth/jwt `encode`: JWE compact, `dir` + A256GCM, key =
 * HKDF-SHA256(secret, "", "NextAuth.js Generated Encryption Key", 32)); here the key is derived once
 * per secret and the token only decrypted and its times checked, as next-auth's `decode` does
 * (15 s of clock tolerance). Anything else — another algorithm, a compressed payload, a tag that
 * does not verify, an expired token — is no session.
 */

export type SessionClaims = { uid?: unknown; sv?: unknown; exp?: unknown; nbf?: unknown };

const CLOCK_TOLERANCE_S = 15;
const keys = new Map<string, Buffer>();

function encryptionKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32));
    keys.set(secret, key);
  }
  return key;
}

/** The session cookie's name, as next-auth names it: `__Secure-` when the app is served over https. */
export function sessionCookieName(appUrl: string | undefined): string {
  return appUrl?.startsWith('https://') ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/**
 * The token from the cookies: next-auth splits a token over 4 KB into `name.0`, `name.1`, … and
 * joins them in order.
 */
export function sessionTokenFrom(cookies: { name: string; value: string }[], cookieName: string): string | null {
  const whole = cookies.find((c) => c.name === cookieName);
  if (whole) return whole.value;
  const chunks = cookies
    .filter((c) => c.name.startsWith(`${cookieName}.`) && /^\d+$/.test(c.name.slice(cookieName.length + 1)))
    .sort((a, b) => Number(a.name.slice(cookieName.length + 1)) - Number(b.name.slice(cookieName.length + 1)));
  return chunks.length > 0 ? chunks.map((c) => c.value).join('') : null;
}

/** The token's claims, or null when it is not a valid, current session token for `secret`. */
export function decodeSessionToken(token: string, secret: string, nowMs = Date.now()): SessionClaims | null {
  const parts = token.split('.');
  if (parts.length !== 5) return null;
  const [protectedHeader, encryptedKey, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  try {
    const header = JSON.parse(Buffer.from(protectedHeader, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (header.alg !== 'dir' || header.enc !== 'A256GCM' || 'zip' in header || 'crit' in header || encryptedKey !== '') return null;
    const ivBytes = Buffer.from(iv, 'base64url');
    const tagBytes = Buffer.from(tag, 'base64url');
    if (ivBytes.length !== 12 || tagBytes.length !== 16) return null;
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey(secret), ivBytes, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(protectedHeader, 'ascii'));
    decipher.setAuthTag(tagBytes);
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    const claims = JSON.parse(plain.toString('utf8')) as SessionClaims;
    if (typeof claims !== 'object' || claims === null) return null;
    const now = Math.floor(nowMs / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now - CLOCK_TOLERANCE_S) return null;
    if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > now + CLOCK_TOLERANCE_S)) return null;
    return claims;
  } catch {
    // A broken encoding, a tag that does not verify (another secret, a changed byte), not JSON.
    return null;
  }
}
