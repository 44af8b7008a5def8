import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db';
import { parseInput } from '@/lib/action-core';
import { getEnv } from '@/lib/env';
import { authenticate } from './authenticate';

const credentialsSchema = z.object({ login: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

/** The error codes the sign-in form maps to messages (next-auth passes a thrown message through). */
export const SIGN_IN_ERRORS = { credentials: 'CredentialsSignin', throttled: 'throttled' } as const;

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  if (typeof forwarded === 'string' && forwarded.length > 0) return forwarded.split(',')[0]!.trim();
  const real = headers?.['x-real-ip'];
  return typeof real === 'string' ? real : null;
}

let cached: AuthOptions | undefined;

/** Built on first use, so `next build` needs no secret or database. */
export function getAuthOptions(): AuthOptions {
  cached ??= buildAuthOptions(getEnv().NEXTAUTH_SECRET);
  return cached;
}

function buildAuthOptions(secret: string): AuthOptions {
  return {
    secret,
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/kk/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Kundelik',
        credentials: { login: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          // The one input boundary: a login with NUL in it is a wrong login, not a failed query.
          const parsed = parseInput(credentialsSchema, credentials);
          if (!parsed.ok) return null;
          const result = await authenticate(getDb(), { ...parsed.data, address: clientAddress(req?.headers) });
          if (result.ok) return { id: String(result.user.id), name: result.user.name };
          if (result.reason === 'throttled') throw new Error(SIGN_IN_ERRORS.throttled);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = Number(user.id);
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === 'number') session.user.id = token.uid;
        return session;
      },
    },
  };
}
