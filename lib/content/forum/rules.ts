import { can, type CurrentUser, type OrgAuth, type PostState, type TopicState } from '@/lib/auth/permissions';

/**
 * Forums (F-2.5, settings F-4.4). Who may do what is decided by `can` (the org.forum.* rules in
 * lib/auth/permissions.ts), so the buttons a page shows and what every action accepts are one rule:
 *
 * - See: the Forums function is on and the viewer is signed in ('all_users') or a member of the
 *   organisation ('members').
 * - Moderate (create/edit/delete forums; edit/pin/close/delete topics; delete posts): moderators
 *   and admins of the organisation who can see the forums.
 * - Open a topic: anyone who sees the forums when topicsOpenedBy = 'participants', else moderators.
 * - Post: anyone who sees the forums, in a topic that is neither closed nor deleted — moderators
 *   too: a closed topic is closed for everyone until a moderator reopens it.
 * - Edit a post: its author only, while the post and its topic are live and the topic is open.
 */

/** What a page may offer the viewer (buttons, links); the actions are decided by the same rules. */
export function forumAbilities(user: CurrentUser | null, org: OrgAuth) {
  return {
    see: can(user, 'org.forum.view', org),
    manageForums: can(user, 'org.forum.manage', org),
    openTopics: can(user, 'org.forum.topic.open', org),
    moderate: can(user, 'org.forum.topic.moderate', org),
  };
}
export type ForumAbilities = ReturnType<typeof forumAbilities>;

/** The rows as the rules see them. */
export function topicState(topic: { closed: boolean; deletedAt: Date | null }): TopicState {
  return { closed: topic.closed, deleted: topic.deletedAt !== null };
}

export function postState(post: { authorUserId: number; deletedAt: Date | null }): PostState {
  return { authorUserId: post.authorUserId, deleted: post.deletedAt !== null };
}
