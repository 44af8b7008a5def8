import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFolders, documents, organizations, persons, users } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import * as store from '@/lib/content/documents/store';
import { storeUpload } from '@/lib/content/documents/upload';
import { listNewestDocuments } from '@/lib/content/documents/newest';
import { buildIin } from '@/lib/people/iin';
import { localStorage } from '@/lib/storage/local';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const root = mkdtempSync(path.join(os.tmpdir(), 'kundelik-documents-'));
const storage = localStorage(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

let orgId = 0;
let otherOrgId = 0;
let userId = 0;

beforeAll(async () => {
  const [org, other] = await db
    .insert(organizations)
    .values([
      { kind: 'authority', fullName: 'Authority', shortName: 'A' },
      { kind: 'authority', fullName: 'Other', shortName: 'O' },
    ])
    .returning();
  orgId = org!.id;
  otherOrgId = other!.id;
  const [person] = await db.insert(persons).values({ surname: 'Серікова', name: 'Дана', birthDate: '1990-05-05', sex: 'female', iin: buildIin('1990-05-05', 'female', 12)! }).returning();
  const [user] = await db.insert(users).values({ personId: person!.id, login: 'dana', passwordHash: 'x' }).returning();
  userId = user!.id;
});

const stream = (data: Uint8Array) => new Blob([data.slice().buffer as ArrayBuffer]).stream();
const text = (value: string) => new TextEncoder().encode(value);
const storedFiles = () => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const upload = (name: string, data: Uint8Array, folderId: number | null = null, maxBytes = 1000) =>
  storeUpload(db, storage, { orgId, folderId, name, isPublic: true, userId, body: stream(data), maxBytes });
const messageKeyOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).messageKey;
};
const folder = (name: string, parentId: number | null = null) => store.createFolder(db, { orgId, parentId, name, userId });

describe('document folders', () => {
  it('refuses to move a folder into itself or below it, and changes nothing', async () => {
    const orders = await folder('Orders');
    const year = await folder('2024', orders);
    const month = await folder('January', year);
    for (const target of [orders, year, month]) {
      expect(await messageKeyOf(store.moveFolder(db, { orgId, folderId: orders, targetParentId: target }))).toBe('Documents.move_into_itself');
    }
    const [row] = await db.select().from(documentFolders).where(eq(documentFolders.id, orders));
    expect(row!.parentId).toBeNull();
    const reports = await folder('Reports');
    await store.moveFolder(db, { orgId, folderId: reports, targetParentId: month });
    expect((await store.listLiveFolders(db, orgId)).find((f) => f.id === reports)!.parentId).toBe(month);
  });

  it('treats another organisation’s folders and files as not found', async () => {
    const mine = await folder('Mine');
    expect(await messageKeyOf(store.createFolder(db, { orgId: otherOrgId, parentId: mine, name: 'x', userId }))).toBe('Documents.folder_not_found');
    expect(await messageKeyOf(store.renameFolder(db, { orgId: otherOrgId, folderId: mine, name: 'stolen' }))).toBe('Documents.folder_not_found');
    const doc = await upload('a.txt', text('a'));
    expect(await messageKeyOf(store.deleteDocument(db, { orgId: otherOrgId, documentId: doc.id, userId }))).toBe('Documents.document_not_found');
  });
});

describe('document uploads', () => {
  it('stores the bytes and detects the type from the content, not the name', async () => {
    const data = text('Аты-жөні;Сынып\nӘлия;5А\n');
    const stored = await upload('report.pdf', data);
    expect(stored.mimeType).toBe('text/plain; charset=utf-8');
    const [row] = await db.select().from(documents).where(eq(documents.id, stored.id));
    expect(row).toMatchObject({ name: 'report.pdf', sizeBytes: data.length, organizationId: orgId, uploadedByUserId: userId });
    expect(row!.storageKey).not.toContain('report');
    expect(new Uint8Array(await new Response(await storage.get(row!.storageKey)).arrayBuffer())).toEqual(data);
  });

  it('refuses an empty file and one over the limit, writing neither a row nor a file', async () => {
    const rowsBefore = (await db.select().from(documents)).length;
    const filesBefore = storedFiles();
    expect(await messageKeyOf(upload('empty.txt', new Uint8Array(0)))).toBe('Documents.file_empty');
    expect(await messageKeyOf(upload('big.bin', new Uint8Array(1001)))).toBe('Documents.file_too_large');
    expect((await db.select().from(documents)).length).toBe(rowsBefore);
    expect(storedFiles()).toBe(filesBefore);
  });

  it('refuses an upload into a folder that is in the bin', async () => {
    const gone = await folder('Gone');
    await store.deleteFolder(db, { orgId, folderId: gone, userId });
    expect(await messageKeyOf(upload('x.txt', text('x'), gone))).toBe('Documents.folder_not_found');
  });
});

describe('the bin', () => {
  it('moves a deleted file to the bin and restores it', async () => {
    const doc = await upload('plan.txt', text('plan'));
    await store.deleteDocument(db, { orgId, documentId: doc.id, userId });
    const live = await store.listDocuments(db, { orgId, folderId: null, includePrivate: true, page: 1 });
    expect(live.rows.map((r) => r.id)).not.toContain(doc.id);
    const bin = await store.listDocuments(db, { orgId, folderId: null, includePrivate: true, page: 1, deleted: true });
    expect(bin.rows.map((r) => r.id)).toContain(doc.id);
    expect((await store.getDocumentForDownload(db, doc.id))!.reachable).toBe(false);
    await store.restoreDocument(db, { orgId, documentId: doc.id });
    expect((await store.getDocumentForDownload(db, doc.id))!.reachable).toBe(true);
  });

  it('hides the files of a binned folder and brings them back with it', async () => {
    const parent = await folder('Parent');
    const child = await folder('Child', parent);
    const doc = await upload('inside.txt', text('inside'), child);
    await store.deleteFolder(db, { orgId, folderId: parent, userId });
    expect((await store.listLiveFolders(db, orgId)).map((f) => f.id)).not.toContain(child);
    expect((await store.getDocumentForDownload(db, doc.id))!.reachable).toBe(false);
    expect((await store.listDeletedFolders(db, orgId)).map((f) => f.id)).toContain(parent);
    await store.restoreFolder(db, { orgId, folderId: parent });
    expect((await store.listLiveFolders(db, orgId)).map((f) => f.id)).toEqual(expect.arrayContaining([parent, child]));
    expect((await store.getDocumentForDownload(db, doc.id))!.reachable).toBe(true);
  });

  it('restores a file whose folder is still in the bin to the top level', async () => {
    const box = await folder('Box');
    const doc = await upload('lost.txt', text('lost'), box);
    await store.deleteDocument(db, { orgId, documentId: doc.id, userId });
    await store.deleteFolder(db, { orgId, folderId: box, userId });
    await store.restoreDocument(db, { orgId, documentId: doc.id });
    const [row] = await db.select().from(documents).where(eq(documents.id, doc.id));
    expect(row).toMatchObject({ folderId: null, deletedAt: null });
  });

  it('renames and moves files within the organisation', async () => {
    const target = await folder('Target');
    const doc = await upload('old.txt', text('x'));
    await store.renameDocument(db, { orgId, documentId: doc.id, name: 'Жаңа атауы.txt' });
    await store.moveDocument(db, { orgId, documentId: doc.id, targetFolderId: target });
    const [row] = await db.select().from(documents).where(eq(documents.id, doc.id));
    expect(row).toMatchObject({ name: 'Жаңа атауы.txt', folderId: target });
  });

  it('lists the newest public files anyone may download, leaving out binned ones', async () => {
    const hidden = await folder('Hidden');
    const inHidden = await upload('in-hidden.txt', text('x'), hidden);
    const fresh = await upload('fresh.txt', text('x'));
    const privateDoc = await storeUpload(db, storage, { orgId, folderId: null, name: 'private.txt', isPublic: false, userId, body: stream(text('x')), maxBytes: 1000 });
    await store.deleteFolder(db, { orgId, folderId: hidden, userId });
    const newest = (await listNewestDocuments(db, { orgId, limit: 50, publicOnly: true })).map((d) => d.id);
    expect(newest[0]).toBe(fresh.id);
    expect(newest).not.toContain(inHidden.id);
    expect(newest).not.toContain(privateDoc.id);
  });
});
