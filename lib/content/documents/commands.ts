import { command } from '@/lib/command';
import {
  createFolderSchema,
  documentRefSchema,
  folderRefSchema,
  moveDocumentSchema,
  moveFolderSchema,
  renameDocumentSchema,
  renameFolderSchema,
} from './schemas';
import * as store from './store';

/** The public site's Documents page shows them; the tab re-renders its tree. */
const documentsTab = { expires: ['documents' as const], after: ['refresh' as const] };

/**
 * The Documents tab's writes (F-2.4). `can` decides each on the organisation's settings before
 * any work: folders and files are changed by staff or only admins (the upload setting), restored
 * from the bin by admins, and nothing at all while the function is off.
 */
export const documentCommands = {
  createFolder: command(createFolderSchema, 'org.documents.edit', async (db, input, { user }) => ({
    id: await store.createFolder(db, { orgId: input.orgId, parentId: input.parentId, name: input.name, userId: user.id }),
  }), documentsTab),
  renameFolder: command(renameFolderSchema, 'org.documents.edit', (db, input) => store.renameFolder(db, input), documentsTab),
  moveFolder: command(moveFolderSchema, 'org.documents.edit', (db, input) =>
    store.moveFolder(db, { orgId: input.orgId, folderId: input.folderId, targetParentId: input.targetFolderId }), documentsTab),
  deleteFolder: command(folderRefSchema, 'org.documents.edit', (db, input, { user }) => store.deleteFolder(db, { ...input, userId: user.id }), documentsTab),
  renameDocument: command(renameDocumentSchema, 'org.documents.edit', (db, input) => store.renameDocument(db, input), documentsTab),
  moveDocument: command(moveDocumentSchema, 'org.documents.edit', (db, input) => store.moveDocument(db, input), documentsTab),
  deleteDocument: command(documentRefSchema, 'org.documents.edit', (db, input, { user }) => store.deleteDocument(db, { ...input, userId: user.id }), documentsTab),
  restoreFolder: command(folderRefSchema, 'org.documents.restore', (db, input) => store.restoreFolder(db, input), documentsTab),
  restoreDocument: command(documentRefSchema, 'org.documents.restore', (db, input) => store.restoreDocument(db, input), documentsTab),
};
