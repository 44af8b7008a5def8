import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { documentFolders, documents, users, persons } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { countRows, limitInStatement, pageWindow } from '@/lib/pagination';
import { DOCUMENTS_PAGE_SIZE } from './files';
import { type FolderRow, isMoveIntoItself, liveFolders } from './folder-tree';

/**
 * Reads and writes of the Documents tab (F-2.4), each taking the database so tests run them on a
 * real one. Every statement filters by the organisation: an id from another organisation is
 * "not found", never touched.
 */

const notFound = (what: 'folder' | 'document') => new ActionError(`Documents.${what}_not_found`);

async function allFolders(db: DbExecutor, orgId: number) {
  return db
    .select({ id: documentFolders.id, parentId: documentFolders.parentId, name: documentFolders.name, deletedAt: documentFolders.deletedAt })
    .from(documentFolders)
    .where(eq(documentFolders.organizationId, orgId));
}

/** The folders shown in the tree: not in the bin, nor inside a folder that is. */
export async function listLiveFolders(db: DbExecutor, orgId: number): Promise<FolderRow[]> {
  return liveFolders(await allFolders(db, orgId)).map(({ id, parentId, name }) => ({ id, parentId, name }));
}

export async function requireLiveFolder(db: DbExecutor, orgId: number, folderId: number | null): Promise<void> {
  if (folderId === null) return;
  const live = await listLiveFolders(db, orgId);
  if (!live.some((f) => f.id === folderId)) throw notFound('folder');
}

export type DocumentRow = Awaited<ReturnType<typeof listDocuments>>['rows'][number];

/** One page of a folder's files (null: the top level), newest first; the bin when `deleted`. */
export async function listDocuments(
  db: DbExecutor,
  args: { orgId: number; folderId: number | null; includePrivate: boolean; page: number; deleted?: boolean; pageSize?: number },
) {
  const conditions: SQL[] = [eq(documents.organizationId, args.orgId)];
  if (args.deleted) conditions.push(isNotNull(documents.deletedAt));
  else {
    conditions.push(isNull(documents.deletedAt));
    conditions.push(args.folderId === null ? isNull(documents.folderId) : eq(documents.folderId, args.folderId));
  }
  if (!args.includePrivate) conditions.push(eq(documents.isPublic, true));
  const where = and(...conditions);
  const { limit, offset } = pageWindow(args.page, args.pageSize ?? DOCUMENTS_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    db
      .select({
        id: documents.id,
        folderId: documents.folderId,
        name: documents.name,
        mimeType: documents.mimeType,
        sizeBytes: documents.sizeBytes,
        isPublic: documents.isPublic,
        createdAt: documents.createdAt,
        deletedAt: documents.deletedAt,
        uploaderSurname: persons.surname,
        uploaderName: persons.name,
      })
      .from(documents)
      .leftJoin(users, eq(users.id, documents.uploadedByUserId))
      .leftJoin(persons, eq(persons.id, users.personId))
      .where(where)
      .orderBy(args.deleted ? desc(documents.deletedAt) : desc(documents.createdAt), desc(documents.id))
      .limit(limitInStatement(limit))
      .offset(offset),
    countRows(db, documents, where),
  ]);
  return { rows, total };
}

/** Folders in the bin (deleted themselves, not merely inside a deleted one). */
export async function listDeletedFolders(db: DbExecutor, orgId: number) {
  return db
    .select({ id: documentFolders.id, name: documentFolders.name, deletedAt: documentFolders.deletedAt })
    .from(documentFolders)
    .where(and(eq(documentFolders.organizationId, orgId), isNotNull(documentFolders.deletedAt)))
    .orderBy(desc(documentFolders.deletedAt), asc(documentFolders.id));
}

export async function createFolder(db: DbExecutor, args: { orgId: number; parentId: number | null; name: string; userId: number }) {
  await requireLiveFolder(db, args.orgId, args.parentId);
  const [row] = await db
    .insert(documentFolders)
    .values({ organizationId: args.orgId, parentId: args.parentId, name: args.name, createdByUserId: args.userId })
    .returning({ id: documentFolders.id });
  return row!.id;
}

export async function renameFolder(db: DbExecutor, args: { orgId: number; folderId: number; name: string }) {
  await requireLiveFolder(db, args.orgId, args.folderId);
  await db.update(documentFolders).set({ name: args.name }).where(and(eq(documentFolders.id, args.folderId), eq(documentFolders.organizationId, args.orgId)));
}

/** Refuses a move into the folder itself or below it; the check and the write share one lock. */
export async function moveFolder(db: DbExecutor, args: { orgId: number; folderId: number; targetParentId: number | null }) {
  await db.transaction(async (tx) => {
    // Two concurrent moves could otherwise build a cycle between them.
    await tx.select({ id: documentFolders.id }).from(documentFolders).where(eq(documentFolders.organizationId, args.orgId)).for('update');
    const live = await listLiveFolders(tx, args.orgId);
    if (!live.some((f) => f.id === args.folderId)) throw notFound('folder');
    if (args.targetParentId !== null && !live.some((f) => f.id === args.targetParentId)) throw notFound('folder');
    if (isMoveIntoItself(live, args.folderId, args.targetParentId)) {
      throw new ActionError('Documents.move_into_itself', { targetFolderId: ['Documents.move_into_itself'] });
    }
    await tx.update(documentFolders).set({ parentId: args.targetParentId }).where(eq(documentFolders.id, args.folderId));
  });
}

async function requireLiveDocument(db: DbExecutor, orgId: number, documentId: number) {
  const [row] = await db
    .select({ id: documents.id, folderId: documents.folderId })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.organizationId, orgId), isNull(documents.deletedAt)));
  if (!row) throw notFound('document');
  return row;
}

export async function renameDocument(db: DbExecutor, args: { orgId: number; documentId: number; name: string }) {
  await requireLiveDocument(db, args.orgId, args.documentId);
  await db.update(documents).set({ name: args.name }).where(eq(documents.id, args.documentId));
}

export async function moveDocument(db: DbExecutor, args: { orgId: number; documentId: number; targetFolderId: number | null }) {
  await requireLiveDocument(db, args.orgId, args.documentId);
  await requireLiveFolder(db, args.orgId, args.targetFolderId);
  await db.update(documents).set({ folderId: args.targetFolderId }).where(eq(documents.id, args.documentId));
}

/** To the bin: the row stays, with who deleted it and when; the file stays in storage. */
export async function deleteFolder(db: DbExecutor, args: { orgId: number; folderId: number; userId: number }) {
  await requireLiveFolder(db, args.orgId, args.folderId);
  await db.update(documentFolders).set({ deletedAt: new Date(), deletedByUserId: args.userId }).where(eq(documentFolders.id, args.folderId));
}

export async function deleteDocument(db: DbExecutor, args: { orgId: number; documentId: number; userId: number }) {
  await requireLiveDocument(db, args.orgId, args.documentId);
  await db.update(documents).set({ deletedAt: new Date(), deletedByUserId: args.userId }).where(eq(documents.id, args.documentId));
}

/** Back from the bin; to the top level when its former parent is itself gone. */
export async function restoreFolder(db: DbExecutor, args: { orgId: number; folderId: number }) {
  const folders = await allFolders(db, args.orgId);
  const folder = folders.find((f) => f.id === args.folderId && f.deletedAt !== null);
  if (!folder) throw notFound('folder');
  const parentLive = folder.parentId === null || liveFolders(folders).some((f) => f.id === folder.parentId);
  await db
    .update(documentFolders)
    .set({ deletedAt: null, deletedByUserId: null, parentId: parentLive ? folder.parentId : null })
    .where(eq(documentFolders.id, folder.id));
}

export async function restoreDocument(db: DbExecutor, args: { orgId: number; documentId: number }) {
  const [doc] = await db
    .select({ id: documents.id, folderId: documents.folderId })
    .from(documents)
    .where(and(eq(documents.id, args.documentId), eq(documents.organizationId, args.orgId), isNotNull(documents.deletedAt)));
  if (!doc) throw notFound('document');
  const folderLive = doc.folderId === null || (await listLiveFolders(db, args.orgId)).some((f) => f.id === doc.folderId);
  await db
    .update(documents)
    .set({ deletedAt: null, deletedByUserId: null, folderId: folderLive ? doc.folderId : null })
    .where(eq(documents.id, doc.id));
}

export async function insertDocument(
  db: DbExecutor,
  args: { orgId: number; folderId: number | null; name: string; storageKey: string; mimeType: string; sizeBytes: number; isPublic: boolean; userId: number },
) {
  const [row] = await db
    .insert(documents)
    .values({
      organizationId: args.orgId,
      folderId: args.folderId,
      name: args.name,
      storageKey: args.storageKey,
      mimeType: args.mimeType,
      sizeBytes: args.sizeBytes,
      isPublic: args.isPublic,
      uploadedByUserId: args.userId,
    })
    .returning({ id: documents.id });
  return row!.id;
}

/** What a download needs, and whether the file is reachable (not in the bin, nor in a binned folder). */
export async function getDocumentForDownload(db: DbExecutor, documentId: number) {
  const [doc] = await db
    .select({
      id: documents.id,
      organizationId: documents.organizationId,
      folderId: documents.folderId,
      name: documents.name,
      storageKey: documents.storageKey,
      mimeType: documents.mimeType,
      sizeBytes: documents.sizeBytes,
      isPublic: documents.isPublic,
      deletedAt: documents.deletedAt,
    })
    .from(documents)
    .where(eq(documents.id, documentId));
  if (!doc) return null;
  const inLiveFolder = doc.folderId === null || (await listLiveFolders(db, doc.organizationId)).some((f) => f.id === doc.folderId);
  return { ...doc, reachable: doc.deletedAt === null && inLiveFolder };
}
