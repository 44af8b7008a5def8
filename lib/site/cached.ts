import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { type OrgCacheScope, orgTag } from '@/lib/cache';
import { getFolderDocuments, getLiveFolders } from '@/lib/content/documents/queries';
import { getFeedbackTab } from '@/lib/feedback/queries';
import { getInteractivePage, getInteractivePages, getNews, getNewestDocuments, getWallPosts } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';
import { getOrganizationAdministrators, getOrganizationLeaders, getOrganizationProfile } from '@/lib/organizations/queries';
import { getStructure } from '@/lib/organizations/structure/queries';
import { ABSENT_LIFE, FOUND_LIFE } from './use-cache-life.mjs';

/**
 * The public site's reads: the same queries as the /org pages, kept by `'use cache'` under the
 * organisation's tags, so a write's `invalidateOrg` shows on the next request. No session is read
 * here or below. The entries are React's serialisation, so Dates come back as Dates. Where they
 * are kept: next.config.ts `cacheHandlers` (lib/site/use-cache-handler.mjs).
 */

/**
 * Tags the entry and sets its life: until a write expires a tag. An absent result (null: no such
 * organisation or page) is answered but not kept (lib/site/use-cache-life.mjs): ids anyone may
 * type must not fill the cache.
 */
function keep<T>(value: T, orgId: number, scopes: OrgCacheScope[]): T {
  cacheTag(orgTag(orgId), ...scopes.map((scope) => orgTag(orgId, scope)));
  cacheLife(value === null || value === undefined ? ABSENT_LIFE : FOUND_LIFE);
  return value;
}

/** The organisation as `can` sees it; its settings change with the functions and the applications e-mail. */
export async function cachedOrgAuth(orgId: number) {
  'use cache';
  return keep(await loadOrgAuth(getDb(), orgId), orgId, ['profile', 'functions', 'feedback']);
}

export async function cachedProfile(orgId: number, locale: Locale) {
  'use cache';
  return keep(await getOrganizationProfile({ orgId, locale }), orgId, ['profile', 'functions']);
}

export async function cachedLeaders(orgId: number) {
  'use cache';
  return keep(await getOrganizationLeaders({ orgId }), orgId, ['profile', 'structure']);
}

export async function cachedAdministrators(orgId: number) {
  'use cache';
  return keep(await getOrganizationAdministrators({ orgId }), orgId, ['profile']);
}

export async function cachedNews(orgId: number, page: number, pageSize: number) {
  'use cache';
  return keep(await getNews({ orgId, page, pageSize }), orgId, ['news']);
}

export async function cachedWall(orgId: number, pageSize: number) {
  'use cache';
  return keep(await getWallPosts({ orgId, page: 1, pageSize }), orgId, ['wall']);
}

export async function cachedPages(orgId: number) {
  'use cache';
  return keep(await getInteractivePages({ orgId }), orgId, ['pages']);
}

export async function cachedPage(orgId: number, pageId: number) {
  'use cache';
  return keep(await getInteractivePage({ orgId, pageId }), orgId, ['pages']);
}

export async function cachedNewestDocuments(orgId: number) {
  'use cache';
  return keep(await getNewestDocuments({ orgId, publicOnly: true }), orgId, ['documents']);
}

/** The static site has no query string: every institution on one page. */
export const SITE_INSTITUTIONS_LIMIT = 1000;
export async function cachedStructure(orgId: number, locale: Locale) {
  'use cache';
  return keep(await getStructure({ orgId, locale, institutionsPage: 1, institutionsPageSize: SITE_INSTITUTIONS_LIMIT }), orgId, ['structure']);
}

/** Public documents only; the static site shows a folder's newest files on one page. */
export const SITE_DOCUMENTS_LIMIT = 200;
export async function cachedFolders(orgId: number) {
  'use cache';
  return keep(await getLiveFolders(orgId), orgId, ['documents']);
}

export async function cachedFolderDocuments(orgId: number, folderId: number) {
  'use cache';
  const { rows, total } = await getFolderDocuments({ orgId, folderId: folderId === 0 ? null : folderId, includePrivate: false, page: 1, pageSize: SITE_DOCUMENTS_LIMIT });
  // Visitors see what a file is, not who uploaded it.
  const visible = rows.map((row) => ({ id: row.id, name: row.name, mimeType: row.mimeType, sizeBytes: row.sizeBytes, isPublic: row.isPublic, createdAt: row.createdAt }));
  return keep({ rows: visible, total }, orgId, ['documents']);
}

/** The Feedback tab: contacts, reception, published answers (no citizen's data). */
export async function cachedFeedback(orgId: number) {
  'use cache';
  return keep(await getFeedbackTab({ orgId }), orgId, ['feedback']);
}
