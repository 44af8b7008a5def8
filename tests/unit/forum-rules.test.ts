import { describe, expect, it } from 'vitest';
import { defaultFunctionSettings, type FunctionSettings } from '@/db/schema';
import type { CurrentUser, MembershipGrant } from '@/lib/auth/permissions';
import { canSeeForums, forumAbilities, forumDenial, type TopicState } from '@/lib/content/forum-rules';

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

function settings(forums: Partial<FunctionSettings['forums']> = {}): FunctionSettings {
  return { ...defaultFunctionSettings, forums: { ...defaultFunctionSettings.forums, ...forums } };
}

describe('who sees the forums', () => {
  it('shows forums open to all users to any signed-in user, never to a signed-out visitor', () => {
    const all = settings({ visibleTo: 'all_users' });
    for (const user of [staff, moderator, admin, outsider]) expect(canSeeForums(user, all, ORG)).toBe(true);
    expect(canSeeForums(null, all, ORG)).toBe(false);
    expect(forumDenial(null, all, ORG, { kind: 'view' })).toBe('signed_out');
  });

  it('shows members-only forums to members of that organisation only', () => {
    const members = settings({ visibleTo: 'members' });
    expect(canSeeForums(staff, members, ORG)).toBe(true);
    expect(canSeeForums(outsider, members, ORG)).toBe(false);
    expect(canSeeForums(moderatorElsewhere, members, ORG)).toBe(false);
    expect(forumDenial(outsider, members, ORG, { kind: 'post', topic: open })).toBe('members_only');
  });

  it('hides everything, to moderators too, while the function is off', () => {
    const off = settings({ enabled: false });
    for (const user of [staff, moderator, admin]) {
      expect(canSeeForums(user, off, ORG)).toBe(false);
      expect(forumDenial(user, off, ORG, { kind: 'manage_forums' })).toBe('forums_off');
      expect(forumDenial(user, off, ORG, { kind: 'post', topic: open })).toBe('forums_off');
    }
  });
});

describe('who opens topics', () => {
  it('lets any participant open topics when the setting says participants', () => {
    const s = settings({ topicsOpenedBy: 'participants' });
    for (const user of [staff, moderator, admin, outsider]) expect(forumDenial(user, s, ORG, { kind: 'open_topic' })).toBeNull();
  });

  it('leaves topics to moderators and admins when the setting says moderators', () => {
    const s = settings({ topicsOpenedBy: 'moderators' });
    expect(forumDenial(staff, s, ORG, { kind: 'open_topic' })).toBe('moderators_only');
    expect(forumDenial(outsider, s, ORG, { kind: 'open_topic' })).toBe('moderators_only');
    expect(forumDenial(moderatorElsewhere, s, ORG, { kind: 'open_topic' })).toBe('moderators_only');
    expect(forumDenial(moderator, s, ORG, { kind: 'open_topic' })).toBeNull();
    expect(forumDenial(admin, s, ORG, { kind: 'open_topic' })).toBeNull();
  });
});

describe('moderation', () => {
  const s = settings();

  it('lets only moderators and admins of the organisation manage forums and topics', () => {
    for (const user of [moderator, admin]) {
      expect(forumDenial(user, s, ORG, { kind: 'manage_forums' })).toBeNull();
      expect(forumDenial(user, s, ORG, { kind: 'moderate_topic', topic: closed })).toBeNull();
    }
    for (const user of [staff, outsider, moderatorElsewhere]) {
      expect(forumDenial(user, s, ORG, { kind: 'manage_forums' })).toBe('moderators_only');
      expect(forumDenial(user, s, ORG, { kind: 'moderate_topic', topic: open })).toBe('moderators_only');
    }
  });

  it('refuses to moderate a deleted topic', () => {
    expect(forumDenial(moderator, s, ORG, { kind: 'moderate_topic', topic: deleted })).toBe('topic_deleted');
  });

  it('lets moderators delete anyone’s post, once, and nobody else', () => {
    const post = { authorUserId: staff.id, deleted: false };
    expect(forumDenial(moderator, s, ORG, { kind: 'delete_post', topic: closed, post })).toBeNull();
    expect(forumDenial(staff, s, ORG, { kind: 'delete_post', topic: open, post })).toBe('moderators_only');
    expect(forumDenial(moderator, s, ORG, { kind: 'delete_post', topic: open, post: { ...post, deleted: true } })).toBe('post_deleted');
  });
});

describe('posting and editing', () => {
  const s = settings();

  it('lets anyone who sees the forums post in an open topic', () => {
    for (const user of [staff, moderator, outsider]) expect(forumDenial(user, s, ORG, { kind: 'post', topic: open })).toBeNull();
  });

  it('refuses a post to a closed topic, also from a moderator, and to a deleted one', () => {
    expect(forumDenial(staff, s, ORG, { kind: 'post', topic: closed })).toBe('topic_closed');
    expect(forumDenial(moderator, s, ORG, { kind: 'post', topic: closed })).toBe('topic_closed');
    expect(forumDenial(staff, s, ORG, { kind: 'post', topic: deleted })).toBe('topic_deleted');
  });

  it('lets the author edit their own post and nobody else, not even a moderator', () => {
    const post = { authorUserId: staff.id, deleted: false };
    expect(forumDenial(staff, s, ORG, { kind: 'edit_post', topic: open, post })).toBeNull();
    expect(forumDenial(moderator, s, ORG, { kind: 'edit_post', topic: open, post })).toBe('not_author');
    expect(forumDenial(admin, s, ORG, { kind: 'edit_post', topic: open, post })).toBe('not_author');
  });

  it('refuses edits in a closed or deleted topic and of a deleted post', () => {
    const post = { authorUserId: staff.id, deleted: false };
    expect(forumDenial(staff, s, ORG, { kind: 'edit_post', topic: closed, post })).toBe('topic_closed');
    expect(forumDenial(staff, s, ORG, { kind: 'edit_post', topic: deleted, post })).toBe('topic_deleted');
    expect(forumDenial(staff, s, ORG, { kind: 'edit_post', topic: open, post: { ...post, deleted: true } })).toBe('post_deleted');
  });

  it('stops an author who lost access to members-only forums from editing', () => {
    const post = { authorUserId: outsider.id, deleted: false };
    expect(forumDenial(outsider, settings({ visibleTo: 'members' }), ORG, { kind: 'edit_post', topic: open, post })).toBe('members_only');
  });
});

describe('forumAbilities', () => {
  it('sums up what a page may offer each viewer', () => {
    const s = settings({ topicsOpenedBy: 'moderators' });
    expect(forumAbilities(staff, s, ORG)).toEqual({ see: true, manageForums: false, openTopics: false, moderate: false });
    expect(forumAbilities(admin, s, ORG)).toEqual({ see: true, manageForums: true, openTopics: true, moderate: true });
    expect(forumAbilities(null, s, ORG)).toEqual({ see: false, manageForums: false, openTopics: false, moderate: false });
  });
});
