import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/db';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { type OrgCacheScope, orgTag } from '@/lib/cache';
import { getFolderDocuments, getLiveFolders } from '@/lib/content/documents/queries';
import { getFeedbackTab } from '@/lib/feedback/queries';
import { getInteractivePage, getInteractivePages, getNews, getNewestDocuments, getWallPosts } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';
import { getOrganizationAdministrators, getOrganizationLeaders, getOrganizationProfile } from '@/lib/organizations/queries';
import { getStructure } from '@/lib/organizations/structure/queries';

/**
 * The public site's reads: the same queries as the /org pages, kept in Next's data cache under
 * the organisation's tags, so a write's `invalidateOrg` shows on the next request. No session is
 * read here or below.
 */

const DATE_KEYS = new Set(['publishedAt', 'updatedAt', 'createdAt', 'answeredAt']);

/** The data cache stores JSON: turn the timestamps the components expect back into Dates. */
function reviveDates<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, DATE_KEYS.has(k) && typeof v === 'string' ? new Date(v) : reviveDates(v)]),
    ) as T;
  }
  return value;
}

/** Thrown inside the cache to leave an absent result out of it (a thrown read is not kept). */
class Absent extends Error {}

/**
 * A read kept under the organisation's tags. An absent result (null: no such organisation or
 * page) is answered but not kept: ids anyone may type must not fill the cache on disk.
 */
function cachedRead<A extends Array<string | number | boolean>, R>(name: string, scopes: OrgCacheScope[], read: (orgId: number, ...args: A) => Promise<R>) {
  return async (orgId: number, ...args: A): Promise<R> => {
    const tags = [orgTag(orgId), ...scopes.map((s) => orgTag(orgId, s))];
    const keep = async () => {
      const value = await read(orgId, ...args);
      if (value === null || value === undefined) throw new Absent();
      return value;
    };
    try {
      return reviveDates(await unstable_cache(keep, [name, String(orgId), ...args.map(String)], { tags })());
    } catch (error) {
      if (error instanceof Absent) return null as R;
      throw error;
    }
  };
}

/** The organisation as `can` sees it; its settings change with the functions and the applications e-mail. */
export const cachedOrgAuth = cachedRead('site-auth', ['profile', 'functions', 'feedback'], (orgId) => loadOrgAuth(getDb(), orgId));
export const cachedProfile = cachedRead('site-profile', ['profile', 'functions'], (orgId, locale: Locale) => getOrganizationProfile({ orgId, locale }));
export const cachedLeaders = cachedRead('site-leaders', ['profile', 'structure'], (orgId) => getOrganizationLeaders({ orgId }));
export const cachedAdministrators = cachedRead('site-admins', ['profile'], (orgId) => getOrganizationAdministrators({ orgId }));
export const cachedNews = cachedRead('site-news', ['news'], (orgId, page: number, pageSize: number) => getNews({ orgId, page, pageSize }));
export const cachedWall = cachedRead('site-wall', ['wall'], (orgId, pageSize: number) => getWallPosts({ orgId, page: 1, pageSize }));
export const cachedPages = cachedRead('site-pages', ['pages'], (orgId) => getInteractivePages({ orgId }));
export const cachedPage = cachedRead('site-page', ['pages'], (orgId, pageId: number) => getInteractivePage({ orgId, pageId }));
export const cachedNewestDocuments = cachedRead('site-newest-docs', ['documents'], (orgId) => getNewestDocuments({ orgId, publicOnly: true }));
/** The static site has no query string: every institution on one page. */
export const SITE_INSTITUTIONS_LIMIT = 1000;
export const cachedStructure = cachedRead('site-structure', ['structure'], (orgId, locale: Locale) =>
  getStructure({ orgId, locale, institutionsPage: 1, institutionsPageSize: SITE_INSTITUTIONS_LIMIT }),
);

/** Public documents only; the static site shows a folder's newest files on one page. */
export const SITE_DOCUMENTS_LIMIT = 200;
export const cachedFolders = cachedRead('site-folders', ['documents'], (orgId) => getLiveFolders(orgId));
export const cachedFolderDocuments = cachedRead('site-folder-docs', ['documents'], async (orgId, folderId: number) => {
  const { rows, total } = await getFolderDocuments({ orgId, folderId: folderId === 0 ? null : folderId, includePrivate: false, page: 1, pageSize: SITE_DOCUMENTS_LIMIT });
  // Visitors see what a file is, not who uploaded it.
  return {
    rows: rows.map((row) => ({ id: row.id, name: row.name, mimeType: row.mimeType, sizeBytes: row.sizeBytes, isPublic: row.isPublic, createdAt: row.createdAt })),
    total,
  };
});

/** The Feedback tab: contacts, reception, published answers (no citizen's data). */
export const cachedFeedback = cachedRead('site-feedback', ['feedback'], (orgId) => getFeedbackTab({ orgId }));
