import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { countRows, limitInStatement, totalOfAllRows, withTotal } from '@/lib/pagination';
import type { DbExecutor } from '@/db';
import { persons, users, wallPosts } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { created, recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { isActiveMember } from '@/lib/people/lookups';
import { wallPostSchema, wallRemoveSchema } from './schemas';

/** The message wall (F-2.1): members post plain text, moderators remove (kept, marked removed). */

export type WallPostItem = {
  id: number;
  body: string;
  createdAt: Date;
  author: { userId: number | null; surname: string; name: string; patronymic: string | null };
};

export async function listWallPosts(db: DbExecutor, args: { orgId: number; limit: number; offset?: number }): Promise<{ items: WallPostItem[]; total: number }> {
  const visible = and(eq(wallPosts.organizationId, args.orgId), isNull(wallPosts.removedAt));
  const offset = args.offset ?? 0;
  // The page carries its total (lib/pagination.ts): one statement, not two.
  const rows = await db
    .select({
      id: wallPosts.id,
      body: wallPosts.body,
      createdAt: wallPosts.createdAt,
      userId: users.id,
      surname: persons.surname,
      name: persons.name,
      patronymic: persons.patronymic,
      total: totalOfAllRows(),
    })
    .from(wallPosts)
    .innerJoin(users, eq(users.id, wallPosts.authorUserId))
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(visible)
    .orderBy(desc(wallPosts.createdAt), desc(wallPosts.id))
    .limit(limitInStatement(args.limit))
    .offset(offset);
  const page = await withTotal(rows, offset, () => countRows(db, wallPosts, visible));
  const items = page.items.map(({ userId, surname, name, patronymic, ...post }) => ({ ...post, author: { userId, surname, name, patronymic } }));
  return { items, total: page.total };
}

export async function postToWall(db: DbExecutor, args: { orgId: number; author: { userId: number; personId: number }; body: string }): Promise<{ id: number }> {
  // Checked again here, against the database, so a stale session never lets a former member post.
  if (!(await isActiveMember(db, args.author.personId, args.orgId))) throw new ActionError('Wall.not_member');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(wallPosts)
      .values({ organizationId: args.orgId, authorUserId: args.author.userId, body: args.body })
      .returning({ id: wallPosts.id });
    const id = row!.id;
    await recordAudit(tx, { actorUserId: args.author.userId, organizationId: args.orgId, action: 'wall.post', entity: 'wall_post', entityId: id, changes: created({ body: args.body }) });
    return { id };
  });
}

export async function removeWallPost(db: DbExecutor, args: { orgId: number; actorUserId: number; postId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const removedAt = new Date();
    const [row] = await tx
      .update(wallPosts)
      .set({ removedAt, removedByUserId: args.actorUserId })
      .where(and(eq(wallPosts.id, args.postId), eq(wallPosts.organizationId, args.orgId), isNull(wallPosts.removedAt)))
      .returning({ id: wallPosts.id });
    if (!row) throw new ActionError('Wall.not_found');
    await recordAudit(tx, {
      actorUserId: args.actorUserId,
      organizationId: args.orgId,
      action: 'wall.remove',
      entity: 'wall_post',
      entityId: args.postId,
      changes: { removedAt: { from: null, to: removedAt.toISOString() } },
    });
  });
}

/** The public site's wall shows them. */
const expiresWall = { expires: ['wall' as const] };

/** The server actions' work: members post (checked again against the database), moderators remove. */
export const wallCommands = {
  post: command(wallPostSchema, 'org.wall.post', (db, input, { user }) => postToWall(db, { orgId: input.orgId, author: { userId: user.id, personId: user.personId }, body: input.body }), expiresWall),
  remove: command(wallRemoveSchema, 'org.forum.moderate', (db, input, { user }) => removeWallPost(db, { orgId: input.orgId, actorUserId: user.id, postId: input.postId }), expiresWall),
};
