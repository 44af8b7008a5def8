import 'server-only';
import { getLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { forbidden, notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { redirect } from '@/lib/i18n/navigation';
import { getEnv } from '@/lib/env';
import { sessionCookieName, sessionTokenFrom } from './session-token';
import { loadSessionUser } from './load-current-user';
import { loadOrganizationSummary } from '@/lib/organizations/queries';
import { can, type CurrentUser, type OrgAuth, type Permission, type SignedInUser } from './permissions';

/** The signed-in user with active memberships, read once per request (null when signed out). */
export const getCurrentUser = cache(async (): Promise<SignedInUser | null> => {
  // Reading cookies first marks the page dynamic before the (runtime-only) secret is needed.
  const jar = await cookies();
  const env = getEnv();
  // The token next-auth wrote at sign-in, read directly (lib/auth/session-token.ts): its session
  // route, run per page by getServerSession, cost more than the rest of the user's loading.
  return loadSessionUser(getDb(), sessionTokenFrom(jar.getAll(), sessionCookieName(env.NEXTAUTH_URL)), env.NEXTAUTH_SECRET);
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const locale = await getLocale();
    return redirect({ href: { pathname: '/sign-in', query: { callbackUrl: returnTo } }, locale });
  }
  return user;
}

/**
 * For pages: the organisation, read once per request in one round trip — as `can` sees it and
 * as the /org/{id} pages show it (lib/organizations/org-context.ts). Null when unknown.
 */
export const getOrganization = cache((orgId: number) => loadOrganizationSummary(orgId));

/** For pages: the organisation as `can` sees it (null when unknown), read once per request. */
export async function getOrgAuth(orgId: number): Promise<OrgAuth | null> {
  return (await getOrganization(orgId))?.auth ?? null;
}

/**
 * For pages: the user when `can(user, permission, org)` on the loaded organisation (getOrgAuth),
 * else 404 for closed sections that should not reveal themselves, or 403. An unknown
 * organisation is refused the same way; a visitor is sent to sign in first.
 */
export async function requirePermission(
  returnTo: string,
  permission: Permission,
  org: OrgAuth | null,
  onDenied: 'not-found' | 'forbidden' = 'forbidden',
): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!org || !can(user, permission, org)) return onDenied === 'not-found' ? notFound() : forbidden();
  return user;
}
