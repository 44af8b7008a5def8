'use server';

import { refresh } from 'next/cache';
import { getDb } from '@/db';
import { action, ActionError } from '@/lib/action';
import type { CurrentUser } from '@/lib/auth/permissions';
import { invalidateOrg } from '@/lib/cache';
import { getDocumentsOrg } from './document-queries';
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
import { canEditDocuments } from './documents';

/**
 * Documents tab actions (F-2.4). The wrapper checks the widest rule (staff); each action then
 * applies the organisation's setting "who creates folders and uploads" (any staff / only admins).
 */
async function requireEditor(user: CurrentUser, orgId: number) {
  const org = await getDocumentsOrg(orgId);
  if (!org || !org.functions.documents.enabled || !canEditDocuments(user, org)) throw new ActionError('forbidden');
}

function changed(orgId: number) {
  invalidateOrg(orgId, 'documents');
  refresh();
}

export const createFolder = action(createFolderSchema, 'org.documents.edit', async (input, { user }) => {
  await requireEditor(user, input.orgId);
  const id = await store.createFolder(getDb(), { orgId: input.orgId, parentId: input.parentId, name: input.name, userId: user.id });
  changed(input.orgId);
  return { id };
});

export const renameFolder = action(renameFolderSchema, 'org.documents.edit', async (input, { user }) => {
  await requireEditor(user, input.orgId);
  await store.renameFolder(getDb(), input);
  changed(input.orgId);
});

export const moveFolder = action(moveFolderSchema, 'org.documents.edit', async (input, { user }) => {
  await requireEditor(user, input.orgId);
  await store.moveFolder(getDb(), { orgId: input.orgId, folderId: input.folderId, targetParentId: input.targetFolderId });
  changed(input.orgId);
});

export const deleteFolder = action(folderRefSchema, 'org.documents.edit', async (input, { user }) => {
  await requireEditor(user, input.orgId);
  await store.deleteFolder(getDb(), { ...input, userId: user.id });
  changed(input.orgId);
});

export const renameDocument = action(renameDocumentSchema, 'org.documents.edit', async (input, { user }) => {
  await requireEditor(user, input.orgId);
  await store.renameDocument(getDb(), input);
  changed(input.orgId);
});

export const moveDocument = action(moveDocumentSchema, 'org.documents.edit', async (input, { user }) => {
  await requireEditor(user, input.orgId);
  await store.moveDocument(getDb(), input);
  changed(input.orgId);
});

export const deleteDocument = action(documentRefSchema, 'org.documents.edit', async (input, { user }) => {
  await requireEditor(user, input.orgId);
  await store.deleteDocument(getDb(), { ...input, userId: user.id });
  changed(input.orgId);
});

// Restoring is for admins whatever the upload setting is.
export const restoreFolder = action(folderRefSchema, 'org.admin', async (input) => {
  await store.restoreFolder(getDb(), input);
  changed(input.orgId);
});

export const restoreDocument = action(documentRefSchema, 'org.admin', async (input) => {
  await store.restoreDocument(getDb(), input);
  changed(input.orgId);
});
