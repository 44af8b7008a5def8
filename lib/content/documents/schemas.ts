import { z } from 'zod';
import { idField } from '@/lib/ids';
import { NAME_MAX_LENGTH } from './files';

/** Input of the Documents actions, shared by the forms and the actions. */

/** '' (the top level) or a folder id. */
const optionalFolderId = z.preprocess((value) => (value === '' || value === undefined || value === null ? null : value), idField.nullable());
const nameField = z.string().trim().min(1, 'required').max(NAME_MAX_LENGTH, 'too_long');

export const createFolderSchema = z.object({ orgId: idField, parentId: optionalFolderId, name: nameField });
export const renameFolderSchema = z.object({ orgId: idField, folderId: idField, name: nameField });
export const renameDocumentSchema = z.object({ orgId: idField, documentId: idField, name: nameField });
export const moveFolderSchema = z.object({ orgId: idField, folderId: idField, targetFolderId: optionalFolderId });
export const moveDocumentSchema = z.object({ orgId: idField, documentId: idField, targetFolderId: optionalFolderId });
export const folderRefSchema = z.object({ orgId: idField, folderId: idField });
export const documentRefSchema = z.object({ orgId: idField, documentId: idField });

/** The query of POST /api/files. */
export const uploadQuerySchema = z.object({ orgId: idField, folderId: optionalFolderId, public: z.enum(['0', '1']).default('1') });
export const uploadNameSchema = z.string().trim().min(1, 'required').max(NAME_MAX_LENGTH, 'too_long');
