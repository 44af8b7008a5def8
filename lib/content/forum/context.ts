import 'server-only';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/ids';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { getForum, getTopic } from './queries';
import { forumAbilities } from './rules';

/**
 * For every page under /org/{id}/forum: the tab must be open to the viewer (function on,
 * visibility setting), else 404 — by URL too. Returns what the viewer may do there.
 */
export async function requireForumTab(idParam: string, localeParam: string) {
  const context = await requireOrgTab(idParam, localeParam, 'forum');
  return { ...context, abilities: forumAbilities(context.user, context.auth), basePath: `/org/${context.org.id}/forum` };
}

/** A forum of this organisation by its URL id, else 404. */
export async function requireForum(orgId: number, forumIdParam: string) {
  const forumId = parseId(forumIdParam) ?? notFound();
  return (await getForum({ orgId, forumId })) ?? notFound();
}

/** A live topic of that forum by its URL id, else 404. */
export async function requireTopic(orgId: number, forumId: number, topicIdParam: string) {
  const topicId = parseId(topicIdParam) ?? notFound();
  return (await getTopic({ orgId, forumId, topicId })) ?? notFound();
}
