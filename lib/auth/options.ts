import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db';
import { parseInput } from '@/lib/action-core';
import { clientAddress } from '@/lib/client-address';
import { getEnv } from '@/lib/env';
import { minutesToWait } from '@/lib/rate-limit';
import { authenticate } from './authenticate';
import { sameOriginUrl } from './return-url';
import { endSessions } from './sessions';

const credentialsSchema = z.object({ login: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

/**
 * The error codes the sign-in form maps to messages (next-auth passes a thrown message through):
 * a refusal by the limits carries the minutes to wait, `throttled:3`.
 */
export const SIGN_IN_ERRORS = { credentials: 'CredentialsSignin', throttled: 'throttled' } as const;

let cached: AuthOptions | undefined;

/** Built on first use, so `next build` needs no secret or database. */
export function getAuthOptions(): AuthOptions {
  const env = getEnv();
  cached ??= buildAuthOptions(env.NEXTAUTH_SECRET, env.TRUSTED_PROXIES);
  return cached;
}

function buildAuthOptions(secret: string, trustedProxies: ReturnType<typeof getEnv>['TRUSTED_PROXIES']): AuthOptions {
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
          const result = await authenticate(getDb(), { ...parsed.data, address: clientAddress(req?.headers, trustedProxies) });
          if (result.ok) return { id: String(result.user.id), name: result.user.name, sessionVersion: result.user.sessionVersion };
          if (result.reason === 'throttled') throw new Error(`${SIGN_IN_ERRORS.throttled}:${minutesToWait(result.retryAfterMs ?? 0)}`);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === 'number') {
          session.user.id = token.uid;
          session.user.sessionVersion = token.sv ?? 0;
        }
        return session;
      },
      // Only to this app's origin (lib/auth/return-url.ts): no open redirect after sign-in or sign-out.
      redirect({ url, baseUrl }) {
        return sameOriginUrl(url, baseUrl, baseUrl);
      },
    },
    events: {
      // The cookie is dropped by the browser; the token itself stops working here, everywhere.
      async signOut({ token }) {
        if (typeof token?.uid === 'number') await endSessions(getDb(), token.uid, token.sv ?? 0);
      },
    },
  };
}
