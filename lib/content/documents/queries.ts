import 'server-only';
import { getDb } from '@/db/index';
import { listDeletedFolders, listDocuments, listLiveFolders } from './store';

/** Reads of the Documents tab for pages and route handlers (the logic is in document-store.ts). */

export function getLiveFolders(orgId: number) {
  return listLiveFolders(getDb(), orgId);
}

export function getFolderDocuments(args: { orgId: number; folderId: number | null; includePrivate: boolean; page: number; pageSize?: number }) {
  return listDocuments(getDb(), args);
}

/** The bin: deleted folders and one page of deleted files. */
export async function getDocumentsBin(args: { orgId: number; page: number }) {
  const [folders, files] = await Promise.all([
    listDeletedFolders(getDb(), args.orgId),
    listDocuments(getDb(), { orgId: args.orgId, folderId: null, includePrivate: true, page: args.page, deleted: true }),
  ]);
  return { folders, files };
}
