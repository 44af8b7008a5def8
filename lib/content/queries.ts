import 'server-only';
import { getDb } from '@/db';
import { pageWindow } from '@/lib/pagination';
import { listNewestDocuments } from './documents/newest';
import { findNews, listNews } from './news';
import { findPage, listPages } from './pages';
import { listWallPosts } from './wall';

/** Reads of the Page tab (F-2.1) for pages and the public site; the logic lives beside, taking the database. */

/**
 * What the Page tab (and the public site's first page) previews, beside its other blocks: three
 * news and three wall posts keep the page of an authority with content within 60 KB (issue 13:
 * with five and ten, 96 KB; with three and five, 64 KB); each block links to all of them.
 */
export const NEWS_PREVIEW_COUNT = 3;
/** News are read whole on their tab: five a page keeps a page of usual items within 60 KB (issue 13; ten were 71 KB). */
export const NEWS_PAGE_SIZE = 5;
export const WALL_PREVIEW_COUNT = 3;
/** Posts of the wall's own tab a page (twenty were 70 KB; issue 13: ≤ 60 KB). */
export const WALL_PAGE_SIZE = 10;

export function getNews({ orgId, page, pageSize }: { orgId: number; page: number; pageSize: number }) {
  return listNews(getDb(), { orgId, ...pageWindow(page, pageSize) });
}

export function getNewsItem({ orgId, newsId }: { orgId: number; newsId: number }) {
  return findNews(getDb(), { orgId, newsId });
}

export function getWallPosts({ orgId, page, pageSize }: { orgId: number; page: number; pageSize: number }) {
  return listWallPosts(getDb(), { orgId, ...pageWindow(page, pageSize) });
}

export function getInteractivePages({ orgId }: { orgId: number }) {
  return listPages(getDb(), { orgId });
}

export function getInteractivePage({ orgId, pageId }: { orgId: number; pageId: number }) {
  return findPage(getDb(), { orgId, pageId });
}

/** `publicOnly` for visitors of the public site. */
export function getNewestDocuments({ orgId, publicOnly = false }: { orgId: number; publicOnly?: boolean }) {
  return listNewestDocuments(getDb(), { orgId, limit: 5, publicOnly });
}

/** A file the page editor offers to insert: images as images, other files as links. */
export type InsertableDocument = { id: number; name: string; isImage: boolean };

/** The files the page editor offers: public ones that visitors can open, newest first. */
export async function getInsertableDocuments({ orgId }: { orgId: number }): Promise<InsertableDocument[]> {
  const files = await listNewestDocuments(getDb(), { orgId, limit: 300, publicOnly: true });
  return files.map((file) => ({ id: file.id, name: file.name, isImage: file.mimeType.startsWith('image/') }));
}
