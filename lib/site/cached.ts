import 'server-only';
import { unstable_cache } from 'next/cache';
import { orgTag } from '@/lib/cache';
import type { Locale } from '@/lib/i18n/routing';
import { getOrganizationAdministrators, getOrganizationLeaders, getOrganizationProfile } from '@/lib/organizations/queries';

/**
 * The public site's reads: the same queries as the /org pages, cached in Next's data cache under
 * the organisation's tags, so a write's `invalidateOrg` shows on the next request. No session is
 * read here or below.
 */
export function cachedProfile(orgId: number, locale: Locale) {
  return unstable_cache(() => getOrganizationProfile({ orgId, locale }), ['site-profile', String(orgId), locale], {
    tags: [orgTag(orgId), orgTag(orgId, 'profile'), orgTag(orgId, 'functions')],
  })();
}

export function cachedLeaders(orgId: number) {
  return unstable_cache(() => getOrganizationLeaders({ orgId }), ['site-leaders', String(orgId)], {
    tags: [orgTag(orgId), orgTag(orgId, 'profile'), orgTag(orgId, 'structure')],
  })();
}

export function cachedAdministrators(orgId: number) {
  return unstable_cache(() => getOrganizationAdministrators({ orgId }), ['site-admins', String(orgId)], {
    tags: [orgTag(orgId), orgTag(orgId, 'profile')],
  })();
}
