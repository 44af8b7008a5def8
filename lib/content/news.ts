import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { countRows, limitInStatement, totalOfAllRows, withTotal } from '@/lib/pagination';
import type { DbExecutor } from '@/db';
import { news } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { changesBetween, created, deleted, recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { newsDeleteSchema, newsSchema, newsUpdateSchema } from './schemas';

/** News of the Page tab (F-2.1): plain text, newest first. Functions take the database so tests can call them. */

export type NewsItem = { id: number; title: string; body: string; publishedAt: Date; updatedAt: Date };

const columns = { id: news.id, title: news.title, body: news.body, publishedAt: news.publishedAt, updatedAt: news.updatedAt };

/** A page of news, newest first, and how many there are in all: one statement (lib/pagination.ts, withTotal). */
export async function listNews(db: DbExecutor, args: { orgId: number; limit: number; offset?: number }): Promise<{ items: NewsItem[]; total: number }> {
  const offset = args.offset ?? 0;
  const rows = await db
    .select({ ...columns, total: totalOfAllRows() })
    .from(news)
    .where(eq(news.organizationId, args.orgId))
    .orderBy(desc(news.publishedAt), desc(news.id))
    .limit(limitInStatement(args.limit))
    .offset(offset);
  return withTotal(rows, offset, () => countRows(db, news, eq(news.organizationId, args.orgId)));
}

export async function findNews(db: DbExecutor, args: { orgId: number; newsId: number }): Promise<NewsItem | null> {
  const [row] = await db
    .select(columns)
    .from(news)
    .where(and(eq(news.id, args.newsId), eq(news.organizationId, args.orgId)));
  return row ?? null;
}

type Actor = { orgId: number; actorUserId: number };

export async function createNews(db: DbExecutor, args: Actor & { title: string; body: string }): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(news)
      .values({ organizationId: args.orgId, title: args.title, body: args.body, authorUserId: args.actorUserId })
      .returning({ id: news.id });
    const id = row!.id;
    await recordAudit(tx, {
      actorUserId: args.actorUserId,
      organizationId: args.orgId,
      action: 'news.create',
      entity: 'news',
      entityId: id,
      changes: created({ title: args.title, body: args.body }),
    });
    return { id };
  });
}

export async function updateNews(db: DbExecutor, args: Actor & { newsId: number; title: string; body: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: news.title, body: news.body })
      .from(news)
      .where(and(eq(news.id, args.newsId), eq(news.organizationId, args.orgId)))
      .for('update');
    if (!before) throw new ActionError('News.not_found');
    const after = { title: args.title, body: args.body };
    const changes = changesBetween(before, after);
    if (Object.keys(changes).length === 0) return;
    await tx.update(news).set({ ...after, updatedAt: new Date() }).where(eq(news.id, args.newsId));
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'news.update', entity: 'news', entityId: args.newsId, changes });
  });
}

export async function deleteNews(db: DbExecutor, args: Actor & { newsId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(news)
      .where(and(eq(news.id, args.newsId), eq(news.organizationId, args.orgId)))
      .returning({ title: news.title, body: news.body });
    if (!removed) throw new ActionError('News.not_found');
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'news.delete', entity: 'news', entityId: args.newsId, changes: deleted(removed) });
  });
}

/** The public site's news pages show them. */
const expiresNews = { expires: ['news' as const] };

/** The server actions' work (see lib/command.ts): editors and admins only. */
export const newsCommands = {
  create: command(newsSchema, 'org.content.edit', (db, input, { user }) => createNews(db, { orgId: input.orgId, actorUserId: user.id, title: input.title, body: input.body }), expiresNews),
  update: command(newsUpdateSchema, 'org.content.edit', (db, input, { user }) =>
    updateNews(db, { orgId: input.orgId, actorUserId: user.id, newsId: input.newsId, title: input.title, body: input.body }),
  expiresNews),
  delete: command(newsDeleteSchema, 'org.content.edit', (db, input, { user }) => deleteNews(db, { orgId: input.orgId, actorUserId: user.id, newsId: input.newsId }), expiresNews),
};
