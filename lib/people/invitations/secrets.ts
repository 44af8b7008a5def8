import { randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';

/**
 * Invitation logins and one-time passwords. Both are machine-made from a readable alphabet (no
 * 0/o, 1/l/i), so a printed sheet is typed back without mistakes.
 */
export const READABLE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const INVITATION_LOGIN_PREFIX = 'inv-';
const LOGIN_LENGTH = 6;
/** 12 symbols of 31: about 59 bits of randomness. */
const PASSWORD_LENGTH = 12;

function randomReadable(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += READABLE_ALPHABET[randomInt(READABLE_ALPHABET.length)];
  return out;
}

export function generateInvitationLogin(): string {
  return `${INVITATION_LOGIN_PREFIX}${randomReadable(LOGIN_LENGTH)}`;
}

/** Shown grouped in fours ("k7mp-x3qd-9hta"); any case, spaces or hyphens are accepted back. */
export function generateOneTimePassword(): string {
  const raw = randomReadable(PASSWORD_LENGTH);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

export function normalizeOneTimePassword(value: string): string {
  return value.toLowerCase().replace(/[\s-]+/g, '');
}

/**
 * argon2id with a light cost (1 MiB, one pass, ≈ 0.3 ms). The default cost (19 MiB, two passes,
 * ≈ 25 ms here) protects passwords people choose; a one-time password is 59 random bits, so
 * guessing it offline takes millions of CPU-years even at this cost — and it dies on first use.
 * The light cost is what lets an import of 5,000 people issue 5,000 invitations in seconds.
 * The parameters travel inside the hash, so `verifyPassword` checks it as any other.
 */
export function hashOneTimePassword(password: string): Promise<string> {
  return hash(normalizeOneTimePassword(password), { memoryCost: 1024, timeCost: 1, parallelism: 1 });
}
