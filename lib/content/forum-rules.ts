import type { FunctionSettings } from '@/db/schema';
import { can, type CurrentUser } from '@/lib/auth/permissions';

/**
 * Who may do what in an organisation's forums (F-2.5, settings F-4.4). Pure, so the same rules
 * decide which buttons a page shows and what every server action accepts.
 *
 * - See: the Forums function is on and the viewer is signed in ('all_users') or a member of the
 *   organisation ('members').
 * - Moderate (create/edit/delete forums; edit/pin/close/delete topics; delete posts): moderators
 *   and admins of the organisation (`org.forum.moderate`) who can see the forums.
 * - Open a topic: anyone who sees the forums when topicsOpenedBy = 'participants', else moderators.
 * - Post: anyone who sees the forums, in a topic that is neither closed nor deleted — moderators
 *   too: a closed topic is closed for everyone until a moderator reopens it.
 * - Edit a post: its author only, while the post and its topic are live and the topic is open.
 */
export type TopicState = { closed: boolean; deleted: boolean };
export type PostState = { authorUserId: number; deleted: boolean };

export type ForumAction =
  | { kind: 'view' }
  | { kind: 'manage_forums' }
  | { kind: 'open_topic' }
  | { kind: 'moderate_topic'; topic: TopicState }
  | { kind: 'post'; topic: TopicState }
  | { kind: 'edit_post'; topic: TopicState; post: PostState }
  | { kind: 'delete_post'; topic: TopicState; post: PostState };

/** Why an action is refused; each has a message `Forum.error_<reason>`. */
export type ForumDenial =
  | 'signed_out'
  | 'forums_off'
  | 'members_only'
  | 'moderators_only'
  | 'topic_deleted'
  | 'topic_closed'
  | 'post_deleted'
  | 'not_author';

export function canSeeForums(user: CurrentUser | null, functions: FunctionSettings, orgId: number): boolean {
  return visibilityDenial(user, functions, orgId) === null;
}

function visibilityDenial(user: CurrentUser | null, functions: FunctionSettings, orgId: number): ForumDenial | null {
  if (!user) return 'signed_out';
  if (!functions.forums.enabled) return 'forums_off';
  if (functions.forums.visibleTo === 'members' && !user.memberships.some((m) => m.organizationId === orgId)) return 'members_only';
  return null;
}

/** null when the action is allowed, else the reason it is refused. */
export function forumDenial(user: CurrentUser | null, functions: FunctionSettings, orgId: number, action: ForumAction): ForumDenial | null {
  const hidden = visibilityDenial(user, functions, orgId);
  if (hidden) return hidden;
  const moderator = can(user, 'org.forum.moderate', { id: orgId });
  switch (action.kind) {
    case 'view':
      return null;
    case 'manage_forums':
      return moderator ? null : 'moderators_only';
    case 'open_topic':
      return moderator || functions.forums.topicsOpenedBy === 'participants' ? null : 'moderators_only';
    case 'moderate_topic':
      if (!moderator) return 'moderators_only';
      return action.topic.deleted ? 'topic_deleted' : null;
    case 'post':
      if (action.topic.deleted) return 'topic_deleted';
      return action.topic.closed ? 'topic_closed' : null;
    case 'edit_post':
      if (action.topic.deleted) return 'topic_deleted';
      if (action.post.deleted) return 'post_deleted';
      if (action.post.authorUserId !== user!.id) return 'not_author';
      return action.topic.closed ? 'topic_closed' : null;
    case 'delete_post':
      if (!moderator) return 'moderators_only';
      if (action.topic.deleted) return 'topic_deleted';
      return action.post.deleted ? 'post_deleted' : null;
  }
}

/** What a page may offer the viewer (buttons, links); the actions check again with forumDenial. */
export function forumAbilities(user: CurrentUser | null, functions: FunctionSettings, orgId: number) {
  const allowed = (action: ForumAction) => forumDenial(user, functions, orgId, action) === null;
  return {
    see: allowed({ kind: 'view' }),
    manageForums: allowed({ kind: 'manage_forums' }),
    openTopics: allowed({ kind: 'open_topic' }),
    moderate: allowed({ kind: 'moderate_topic', topic: { closed: false, deleted: false } }),
  };
}
export type ForumAbilities = ReturnType<typeof forumAbilities>;
