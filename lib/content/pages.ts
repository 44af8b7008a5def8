import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { interactivePages } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { changesBetween, created, deleted, recordAudit } from '@/lib/audit/record';
import { type Command, command } from '@/lib/command';
import { renderPageBody, showPageBody } from './page-body';
import { pageDeleteSchema, pageSchema, pageUpdateSchema } from './schemas';

/**
 * Interactive pages (F-2.1): admins write Markdown, rendered and sanitised here before it is
 * stored. Pages written before Markdown (bodyMarkdown null) keep their HTML as it was; their
 * editor starts from that HTML, which Markdown passes through unchanged.
 */

export type PageSummary = { id: number; title: string; updatedAt: Date };
/** `bodyHtml`: what readers see. `bodySource`: what the editor starts from. */
export type PageDetail = PageSummary & { bodyHtml: string; bodySource: string };

export async function listPages(db: DbExecutor, args: { orgId: number }): Promise<PageSummary[]> {
  return db
    .select({ id: interactivePages.id, title: interactivePages.title, updatedAt: interactivePages.updatedAt })
    .from(interactivePages)
    .where(eq(interactivePages.organizationId, args.orgId))
    .orderBy(asc(interactivePages.sortOrder), asc(interactivePages.id));
}

export async function findPage(db: DbExecutor, args: { orgId: number; pageId: number }): Promise<PageDetail | null> {
  const [row] = await db
    .select({
      id: interactivePages.id,
      title: interactivePages.title,
      updatedAt: interactivePages.updatedAt,
      bodyHtml: interactivePages.bodyHtml,
      bodyMarkdown: interactivePages.bodyMarkdown,
    })
    .from(interactivePages)
    .where(and(eq(interactivePages.id, args.pageId), eq(interactivePages.organizationId, args.orgId)));
  if (!row) return null;
  // Sanitised again on the way out: a row written by any other path still cannot carry script.
  const bodyHtml = await showPageBody(db, args.orgId, row.bodyHtml);
  return { id: row.id, title: row.title, updatedAt: row.updatedAt, bodyHtml, bodySource: row.bodyMarkdown ?? bodyHtml };
}

/** The stored columns of a body: refused beside the field when it names another organisation's file. */
async function storedBody(db: DbExecutor, orgId: number, markdown: string): Promise<{ bodyHtml: string; bodyMarkdown: string }> {
  const { html, foreign } = await renderPageBody(db, orgId, markdown);
  if (foreign) throw new ActionError('invalid', { body: ['InteractivePages.foreign_document'] });
  return { bodyHtml: html, bodyMarkdown: markdown };
}

type Actor = { orgId: number; actorUserId: number };

export async function createPage(db: DbExecutor, args: Actor & { title: string; body: string }): Promise<{ id: number }> {
  const body = await storedBody(db, args.orgId, args.body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(interactivePages)
      .values({
        organizationId: args.orgId,
        title: args.title,
        ...body,
        authorUserId: args.actorUserId,
        sortOrder: sql`(select coalesce(max(${interactivePages.sortOrder}), 0) + 1 from ${interactivePages} where ${interactivePages.organizationId} = ${args.orgId})`,
      })
      .returning({ id: interactivePages.id });
    const id = row!.id;
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'page.create', entity: 'interactive_page', entityId: id, changes: created({ title: args.title, ...body }) });
    return { id };
  });
}

export async function updatePage(db: DbExecutor, args: Actor & { pageId: number; title: string; body: string }): Promise<void> {
  const after = { title: args.title, ...(await storedBody(db, args.orgId, args.body)) };
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: interactivePages.title, bodyHtml: interactivePages.bodyHtml, bodyMarkdown: interactivePages.bodyMarkdown })
      .from(interactivePages)
      .where(and(eq(interactivePages.id, args.pageId), eq(interactivePages.organizationId, args.orgId)))
      .for('update');
    if (!before) throw new ActionError('InteractivePages.not_found');
    const changes = changesBetween(before, after);
    if (Object.keys(changes).length === 0) return;
    await tx.update(interactivePages).set({ ...after, updatedAt: new Date() }).where(eq(interactivePages.id, args.pageId));
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'page.update', entity: 'interactive_page', entityId: args.pageId, changes });
  });
}

export async function deletePage(db: DbExecutor, args: Actor & { pageId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(interactivePages)
      .where(and(eq(interactivePages.id, args.pageId), eq(interactivePages.organizationId, args.orgId)))
      .returning({ title: interactivePages.title, bodyHtml: interactivePages.bodyHtml });
    if (!removed) throw new ActionError('InteractivePages.not_found');
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'page.delete', entity: 'interactive_page', entityId: args.pageId, changes: deleted(removed) });
  });
}

/** The public site's page list and each page show them. */
const expiresPages = { expires: ['pages' as const] };
const deleteOne: Command<typeof pageDeleteSchema, void>['run'] = (db, input, { user }) => deletePage(db, { orgId: input.orgId, actorUserId: user.id, pageId: input.pageId });

/** The server actions' work: admins only, and only while the Pages function is on (org.pages.edit). */
export const pageCommands = {
  create: command(pageSchema, 'org.pages.edit', (db, input, { user }) =>
    createPage(db, { orgId: input.orgId, actorUserId: user.id, title: input.title, body: input.body }),
  expiresPages),
  update: command(pageUpdateSchema, 'org.pages.edit', async (db, input, { user }) => {
    await updatePage(db, { orgId: input.orgId, actorUserId: user.id, pageId: input.pageId, title: input.title, body: input.body });
    return { id: input.pageId };
  }, expiresPages),
  delete: command(pageDeleteSchema, 'org.pages.edit', deleteOne, expiresPages),
  /** Deleting a page from its own address: the address is gone, so the Page tab opens instead. */
  deleteAndReturn: command(pageDeleteSchema, 'org.pages.edit', deleteOne, { ...expiresPages, after: (input) => [{ redirect: `/org/${input.orgId}` }] }),
};
