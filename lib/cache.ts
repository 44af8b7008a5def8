import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { after } from 'next/server';
import { dropFrontCache } from '@/lib/site/front-cache';

/**
 * Cache tags of what the public site (/site/{id}) shows. Every write that changes it calls
 * `invalidateOrg` in the same server action, so the next request renders fresh content.
 */
export type OrgCacheScope = 'profile' | 'news' | 'wall' | 'pages' | 'structure' | 'documents' | 'forum' | 'feedback' | 'functions';

export function orgTag(orgId: number, scope?: OrgCacheScope): string {
  return scope ? `org:${orgId}:${scope}` : `org:${orgId}`;
}

/**
 * The front cache (lib/site/front-cache.ts) copies pages out of Next's cache: drop it now, and again
 * after the response, when Next has applied the expired tags, so no copy of the old page survives
 * — on every app server when there are several (REDIS_URL: the drops go over Redis, and the tags
 * are expired in Next's cache there, lib/site/redis-cache-handler.mjs).
 */
function dropFrontCopies(): void {
  dropFrontCache();
  after(dropFrontCache);
}

/** From a server action: expire the narrower tags (or the whole organisation's when none given). */
export function invalidateOrg(orgId: number, ...scopes: OrgCacheScope[]): void {
  dropFrontCopies();
  if (scopes.length === 0) updateTag(orgTag(orgId));
  for (const scope of scopes) updateTag(orgTag(orgId, scope));
}

/**
 * The same from a route handler (updateTag works only in server actions): `expire: 0` means no
 * stale copy is served, so the next request renders fresh content, as after `invalidateOrg`.
 */
export function invalidateOrgFromRoute(orgId: number, ...scopes: OrgCacheScope[]): void {
  dropFrontCopies();
  if (scopes.length === 0) revalidateTag(orgTag(orgId), { expire: 0 });
  for (const scope of scopes) revalidateTag(orgTag(orgId, scope), { expire: 0 });
}
