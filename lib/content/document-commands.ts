import { command } from '@/lib/command';
import {
  createFolderSchema,
  documentRefSchema,
  folderRefSchema,
  moveDocumentSchema,
  moveFolderSchema,
  renameDocumentSchema,
  renameFolderSchema,
} from './document-schemas';
import * as store from './document-store';

/**
 * The Documents tab's writes (F-2.4). `can` decides each on the organisation's settings before
 * any work: folders and files are changed by staff or only admins (the upload setting), restored
 * from the bin by admins, and nothing at all while the function is off.
 */
export const documentCommands = {
  createFolder: command(createFolderSchema, 'org.documents.edit', async (db, input, { user }) => ({
    id: await store.createFolder(db, { orgId: input.orgId, parentId: input.parentId, name: input.name, userId: user.id }),
  })),
  renameFolder: command(renameFolderSchema, 'org.documents.edit', (db, input) => store.renameFolder(db, input)),
  moveFolder: command(moveFolderSchema, 'org.documents.edit', (db, input) =>
    store.moveFolder(db, { orgId: input.orgId, folderId: input.folderId, targetParentId: input.targetFolderId }),
  ),
  deleteFolder: command(folderRefSchema, 'org.documents.edit', (db, input, { user }) => store.deleteFolder(db, { ...input, userId: user.id })),
  renameDocument: command(renameDocumentSchema, 'org.documents.edit', (db, input) => store.renameDocument(db, input)),
  moveDocument: command(moveDocumentSchema, 'org.documents.edit', (db, input) => store.moveDocument(db, input)),
  deleteDocument: command(documentRefSchema, 'org.documents.edit', (db, input, { user }) => store.deleteDocument(db, { ...input, userId: user.id })),
  restoreFolder: command(folderRefSchema, 'org.documents.restore', (db, input) => store.restoreFolder(db, input)),
  restoreDocument: command(documentRefSchema, 'org.documents.restore', (db, input) => store.restoreDocument(db, input)),
};
