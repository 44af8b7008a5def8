import { describe, expect, it } from 'vitest';
import type { FunctionSettings } from '@/db/schema';
import { can, type CurrentUser, denial, type MembershipGrant, type TopicState } from '@/lib/auth/permissions';
import { forumAbilities } from '@/lib/content/forum/rules';
import { orgAuth } from '../support/org-auth';

const ORG = 1;
const OTHER_ORG = 7;
const open: TopicState = { closed: false, deleted: false };
const closed: TopicState = { closed: true, deleted: false };
const deleted: TopicState = { closed: false, deleted: true };

function userWith(id: number, ...grants: Array<Partial<MembershipGrant> & Pick<MembershipGrant, 'organizationId'>>): CurrentUser {
  return {
    id,
    personId: id,
    login: `u${id}`,
    fullName: `U${id}`,
    memberships: grants.map((g) => ({ organizationKind: 'authority', role: 'employee', isAdmin: false, isModerator: false, isEditor: false, ...g })),
  };
}

const staff = userWith(1, { organizationId: ORG });
const moderator = userWith(2, { organizationId: ORG, isModerator: true });
const admin = userWith(3, { organizationId: ORG, isAdmin: true });
const outsider = userWith(4, { organizationId: OTHER_ORG, organizationKind: 'institution', role: 'parent' });
const moderatorElsewhere = userWith(5, { organizationId: OTHER_ORG, isModerator: true });

/** The organisation with these forum settings, as `can` sees it. */
function settings(forums: Partial<FunctionSettings['forums']> = {}) {
  return orgAuth(ORG, { functions: { forums } });
}

describe('who sees the forums', () => {
  it('shows forums open to all users to any signed-in user, never to a signed-out visitor', () => {
    const all = settings({ visibleTo: 'all_users' });
    for (const user of [staff, moderator, admin, outsider]) expect(can(user, 'org.forum.view', all)).toBe(true);
    expect(can(null, 'org.forum.view', all)).toBe(false);
    expect(denial(null, 'org.forum.view', all)).toBe('ForumAccess.error_signed_out');
  });

  it('shows members-only forums to members of that organisation only', () => {
    const members = settings({ visibleTo: 'members' });
    expect(can(staff, 'org.forum.view', members)).toBe(true);
    expect(can(outsider, 'org.forum.view', members)).toBe(false);
    expect(can(moderatorElsewhere, 'org.forum.view', members)).toBe(false);
    expect(denial(outsider, 'org.forum.post.create', members, { topic: open })).toBe('ForumAccess.error_members_only');
  });

  it('hides everything, to moderators too, while the function is off', () => {
    const off = settings({ enabled: false });
    for (const user of [staff, moderator, admin]) {
      expect(can(user, 'org.forum.view', off)).toBe(false);
      expect(denial(user, 'org.forum.manage', off)).toBe('ForumAccess.error_forums_off');
      expect(denial(user, 'org.forum.post.create', off, { topic: open })).toBe('ForumAccess.error_forums_off');
    }
  });
});

describe('who opens topics', () => {
  it('lets any participant open topics when the setting says participants', () => {
    const s = settings({ topicsOpenedBy: 'participants' });
    for (const user of [staff, moderator, admin, outsider]) expect(denial(user, 'org.forum.topic.open', s)).toBeNull();
  });

  it('leaves topics to moderators and admins when the setting says moderators', () => {
    const s = settings({ topicsOpenedBy: 'moderators' });
    expect(denial(staff, 'org.forum.topic.open', s)).toBe('ForumAccess.error_moderators_only');
    expect(denial(outsider, 'org.forum.topic.open', s)).toBe('ForumAccess.error_moderators_only');
    expect(denial(moderatorElsewhere, 'org.forum.topic.open', s)).toBe('ForumAccess.error_moderators_only');
    expect(denial(moderator, 'org.forum.topic.open', s)).toBeNull();
    expect(denial(admin, 'org.forum.topic.open', s)).toBeNull();
  });
});

describe('moderation', () => {
  const s = settings();

  it('lets only moderators and admins of the organisation manage forums and topics', () => {
    for (const user of [moderator, admin]) {
      expect(denial(user, 'org.forum.manage', s)).toBeNull();
      expect(denial(user, 'org.forum.topic.moderate', s, { topic: closed })).toBeNull();
    }
    for (const user of [staff, outsider, moderatorElsewhere]) {
      expect(denial(user, 'org.forum.manage', s)).toBe('ForumAccess.error_moderators_only');
      expect(denial(user, 'org.forum.topic.moderate', s, { topic: open })).toBe('ForumAccess.error_moderators_only');
    }
  });

  it('refuses to moderate a deleted topic', () => {
    expect(denial(moderator, 'org.forum.topic.moderate', s, { topic: deleted })).toBe('ForumAccess.error_topic_deleted');
  });

  it('lets moderators delete anyone’s post, once, and nobody else', () => {
    const post = { authorUserId: staff.id, deleted: false };
    expect(denial(moderator, 'org.forum.post.delete', s, { topic: closed, post })).toBeNull();
    expect(denial(staff, 'org.forum.post.delete', s, { topic: open, post })).toBe('ForumAccess.error_moderators_only');
    expect(denial(moderator, 'org.forum.post.delete', s, { topic: open, post: { ...post, deleted: true } })).toBe('ForumAccess.error_post_deleted');
  });
});

describe('posting and editing', () => {
  const s = settings();

  it('lets anyone who sees the forums post in an open topic', () => {
    for (const user of [staff, moderator, outsider]) expect(denial(user, 'org.forum.post.create', s, { topic: open })).toBeNull();
  });

  it('refuses a post to a closed topic, also from a moderator, and to a deleted one', () => {
    expect(denial(staff, 'org.forum.post.create', s, { topic: closed })).toBe('ForumAccess.error_topic_closed');
    expect(denial(moderator, 'org.forum.post.create', s, { topic: closed })).toBe('ForumAccess.error_topic_closed');
    expect(denial(staff, 'org.forum.post.create', s, { topic: deleted })).toBe('ForumAccess.error_topic_deleted');
  });

  it('lets the author edit their own post and nobody else, not even a moderator', () => {
    const post = { authorUserId: staff.id, deleted: false };
    expect(denial(staff, 'org.forum.post.edit', s, { topic: open, post })).toBeNull();
    expect(denial(moderator, 'org.forum.post.edit', s, { topic: open, post })).toBe('ForumAccess.error_not_author');
    expect(denial(admin, 'org.forum.post.edit', s, { topic: open, post })).toBe('ForumAccess.error_not_author');
  });

  it('refuses edits in a closed or deleted topic and of a deleted post', () => {
    const post = { authorUserId: staff.id, deleted: false };
    expect(denial(staff, 'org.forum.post.edit', s, { topic: closed, post })).toBe('ForumAccess.error_topic_closed');
    expect(denial(staff, 'org.forum.post.edit', s, { topic: deleted, post })).toBe('ForumAccess.error_topic_deleted');
    expect(denial(staff, 'org.forum.post.edit', s, { topic: open, post: { ...post, deleted: true } })).toBe('ForumAccess.error_post_deleted');
  });

  it('stops an author who lost access to members-only forums from editing', () => {
    const post = { authorUserId: outsider.id, deleted: false };
    expect(denial(outsider, 'org.forum.post.edit', settings({ visibleTo: 'members' }), { topic: open, post })).toBe('ForumAccess.error_members_only');
  });
});

describe('forumAbilities', () => {
  it('sums up what a page may offer each viewer', () => {
    const s = settings({ topicsOpenedBy: 'moderators' });
    expect(forumAbilities(staff, s)).toEqual({ see: true, manageForums: false, openTopics: false, moderate: false });
    expect(forumAbilities(admin, s)).toEqual({ see: true, manageForums: true, openTopics: true, moderate: true });
    expect(forumAbilities(null, s)).toEqual({ see: false, manageForums: false, openTopics: false, moderate: false });
  });
});
