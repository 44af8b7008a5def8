import { describe, expect, it } from 'vitest';
import { type CurrentUser, denial, type MembershipGrant, type OrgAuth, type Permission, permissions, type Subject, visitorPermissions } from '@/lib/auth/permissions';
import { orgAuth } from '../support/org-auth';

/**
 * Every rule of `can`, table-driven: who (signed out, no membership, parent, staff, editor,
 * moderator, admin, an admin elsewhere) in which organisation (its kind and settings) gets
 * allowed (null) or refused with which reason. A permission added without rows here fails.
 */
const ORG = 1;
const OTHER = 7;

function member(id: number, grant: Partial<MembershipGrant> = {}, organizationId = ORG): CurrentUser {
  return {
    id,
    personId: id,
    login: `u${id}`,
    fullName: `U${id}`,
    memberships: [{ organizationId, organizationKind: 'authority', role: 'employee', isAdmin: false, isModerator: false, isEditor: false, ...grant }],
  };
}

const who = {
  visitor: null,
  stranger: { id: 10, personId: 10, login: 'stranger', fullName: 'S', memberships: [] },
  parent: member(11, { role: 'parent' }),
  staff: member(12),
  teacher: member(13, { role: 'teacher' }),
  editor: member(14, { isEditor: true }),
  moderator: member(15, { isModerator: true }),
  admin: member(16, { isAdmin: true }),
  adminElsewhere: member(17, { isAdmin: true, isModerator: true, isEditor: true }, OTHER),
} satisfies Record<string, CurrentUser | null>;
type Who = keyof typeof who;

const allOff = {
  forums: { enabled: false },
  documents: { enabled: false },
  pages: { enabled: false },
  structure: { enabled: false },
  feedback: { enabled: false },
  site: { enabled: false },
};
const orgs = {
  authority: orgAuth(ORG),
  institution: orgAuth(ORG, { kind: 'institution', parentId: OTHER }),
  allOff: orgAuth(ORG, { functions: allOff }),
  membersForums: orgAuth(ORG, { functions: { forums: { visibleTo: 'members' } } }),
  moderatorsTopics: orgAuth(ORG, { functions: { forums: { topicsOpenedBy: 'moderators' } } }),
  adminsUpload: orgAuth(ORG, { functions: { documents: { uploadBy: 'admins' } } }),
  applications: orgAuth(ORG, { functions: { feedback: { applications: true } }, applicationsEmailConfirmed: true }),
  applicationsUnconfirmed: orgAuth(ORG, { functions: { feedback: { applications: true } } }),
  applicationsFeedbackOff: orgAuth(ORG, { functions: { feedback: { enabled: false, applications: true } }, applicationsEmailConfirmed: true }),
  questionsOff: orgAuth(ORG, { functions: { feedback: { questions: false } } }),
} satisfies Record<string, OrgAuth>;
type Org = keyof typeof orgs;

const OFF = 'Common.function_off';
const open = { closed: false, deleted: false };
const closed = { closed: true, deleted: false };
const gone = { closed: false, deleted: true };
const staffPost = { authorUserId: who.staff.id, deleted: false };

type Row = [Who, Org, string | null, Subject?];

const table: Record<Permission, Row[]> = {
  'org.view': [['visitor', 'authority', 'forbidden'], ['stranger', 'authority', null], ['parent', 'allOff', null]],
  'org.people.view': [['staff', 'authority', null], ['teacher', 'institution', null], ['parent', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.admin': [['admin', 'authority', null], ['staff', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],
  'org.people.manage': [['admin', 'institution', null], ['editor', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],
  'org.people.credentials': [['admin', 'institution', null], ['staff', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.people.shared_data': [['admin', 'authority', null], ['editor', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.jurisdiction.manage': [['admin', 'authority', null], ['staff', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.settings.edit': [['admin', 'allOff', null], ['moderator', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.leaders.manage': [['admin', 'allOff', null], ['admin', 'institution', null], ['editor', 'authority', 'forbidden'], ['staff', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.feedback.manage': [['admin', 'authority', null], ['moderator', 'authority', null], ['editor', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],
  'org.content.edit': [['admin', 'authority', null], ['editor', 'authority', null], ['moderator', 'authority', 'forbidden'], ['staff', 'authority', 'forbidden']],
  'org.forum.moderate': [['moderator', 'allOff', null], ['admin', 'authority', null], ['editor', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],
  'org.wall.post': [['parent', 'authority', null], ['staff', 'authority', null], ['stranger', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.notifications.view': [['staff', 'authority', null], ['staff', 'institution', 'forbidden'], ['parent', 'authority', 'forbidden']],
  'org.notifications.manage': [['editor', 'authority', null], ['admin', 'authority', null], ['admin', 'institution', 'forbidden'], ['staff', 'authority', 'forbidden']],
  'org.reports.view': [['staff', 'authority', null], ['teacher', 'institution', 'forbidden'], ['parent', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],
  'org.exchange.manage': [['admin', 'authority', null], ['admin', 'institution', 'forbidden'], ['staff', 'authority', 'forbidden'], ['editor', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],
  'org.register.manage': [['admin', 'authority', null], ['admin', 'institution', 'forbidden'], ['staff', 'authority', 'forbidden'], ['editor', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],

  'site.view': [['visitor', 'authority', null], ['visitor', 'allOff', OFF], ['admin', 'allOff', OFF]],
  'org.structure.view': [['visitor', 'authority', null], ['admin', 'allOff', OFF]],
  'org.structure.edit': [['admin', 'authority', null], ['admin', 'allOff', OFF], ['staff', 'authority', 'forbidden'], ['staff', 'allOff', 'forbidden'], ['visitor', 'authority', 'forbidden']],
  'org.pages.view': [['visitor', 'authority', null], ['admin', 'allOff', OFF]],
  'org.pages.edit': [['admin', 'authority', null], ['admin', 'allOff', OFF], ['editor', 'authority', 'forbidden'], ['adminElsewhere', 'authority', 'forbidden']],
  'org.documents.view': [['visitor', 'authority', null], ['staff', 'allOff', OFF]],
  'org.documents.edit': [
    ['staff', 'authority', null],
    ['teacher', 'authority', null],
    ['admin', 'authority', null],
    ['parent', 'authority', 'forbidden'],
    ['visitor', 'authority', 'forbidden'],
    ['staff', 'adminsUpload', 'forbidden'],
    ['admin', 'adminsUpload', null],
    ['staff', 'allOff', OFF],
    ['adminElsewhere', 'authority', 'forbidden'],
  ],
  'org.documents.restore': [['admin', 'authority', null], ['staff', 'authority', 'forbidden'], ['admin', 'allOff', OFF]],
  'org.documents.private': [['staff', 'authority', null], ['parent', 'authority', 'forbidden'], ['visitor', 'authority', 'forbidden'], ['staff', 'allOff', OFF]],
  'org.feedback.view': [['visitor', 'authority', null], ['visitor', 'allOff', OFF]],
  'org.applications.submit': [
    ['visitor', 'applications', null],
    ['stranger', 'applications', null],
    ['visitor', 'authority', 'FeedbackAccess.applications_closed'],
    ['visitor', 'applicationsUnconfirmed', 'FeedbackAccess.applications_closed'],
    ['visitor', 'applicationsFeedbackOff', 'FeedbackAccess.applications_closed'],
  ],
  'org.questions.ask': [['visitor', 'authority', null], ['visitor', 'questionsOff', 'FeedbackAccess.questions_closed'], ['admin', 'allOff', 'FeedbackAccess.questions_closed']],

  'org.forum.view': [
    ['stranger', 'authority', null],
    ['visitor', 'authority', 'ForumAccess.error_signed_out'],
    ['admin', 'allOff', 'ForumAccess.error_forums_off'],
    ['parent', 'membersForums', null],
    ['stranger', 'membersForums', 'ForumAccess.error_members_only'],
    ['adminElsewhere', 'membersForums', 'ForumAccess.error_members_only'],
  ],
  'org.forum.manage': [['moderator', 'authority', null], ['admin', 'authority', null], ['staff', 'authority', 'ForumAccess.error_moderators_only'], ['moderator', 'allOff', 'ForumAccess.error_forums_off']],
  'org.forum.topic.open': [
    ['stranger', 'authority', null],
    ['staff', 'moderatorsTopics', 'ForumAccess.error_moderators_only'],
    ['moderator', 'moderatorsTopics', null],
    ['stranger', 'membersForums', 'ForumAccess.error_members_only'],
    ['visitor', 'authority', 'ForumAccess.error_signed_out'],
  ],
  'org.forum.topic.moderate': [
    ['moderator', 'authority', null, { topic: closed }],
    ['staff', 'authority', 'ForumAccess.error_moderators_only', { topic: open }],
    ['moderator', 'authority', 'ForumAccess.error_topic_deleted', { topic: gone }],
    ['admin', 'allOff', 'ForumAccess.error_forums_off'],
  ],
  'org.forum.post.create': [
    ['stranger', 'authority', null, { topic: open }],
    ['moderator', 'authority', 'ForumAccess.error_topic_closed', { topic: closed }],
    ['staff', 'authority', 'ForumAccess.error_topic_deleted', { topic: gone }],
    ['stranger', 'membersForums', 'ForumAccess.error_members_only', { topic: open }],
    ['staff', 'allOff', 'ForumAccess.error_forums_off', { topic: open }],
  ],
  'org.forum.post.edit': [
    ['staff', 'authority', null, { topic: open, post: staffPost }],
    ['admin', 'authority', 'ForumAccess.error_not_author', { topic: open, post: staffPost }],
    ['staff', 'authority', 'ForumAccess.error_topic_closed', { topic: closed, post: staffPost }],
    ['staff', 'authority', 'ForumAccess.error_post_deleted', { topic: open, post: { ...staffPost, deleted: true } }],
    ['staff', 'allOff', 'ForumAccess.error_forums_off', { topic: open, post: staffPost }],
  ],
  'org.forum.post.delete': [
    ['moderator', 'authority', null, { topic: closed, post: staffPost }],
    ['staff', 'authority', 'ForumAccess.error_moderators_only', { topic: open, post: staffPost }],
    ['moderator', 'authority', 'ForumAccess.error_post_deleted', { topic: open, post: { ...staffPost, deleted: true } }],
    ['moderator', 'authority', 'ForumAccess.error_topic_deleted', { topic: gone, post: staffPost }],
  ],
};

describe('can(), rule by rule', () => {
  it('has rows for every permission, each with an allowed and a refused case', () => {
    expect(Object.keys(table).sort()).toEqual([...permissions].sort());
    for (const permission of permissions) {
      expect(table[permission].some(([, , expected]) => expected === null), permission).toBe(true);
      expect(table[permission].some(([, , expected]) => expected !== null), permission).toBe(true);
    }
  });

  for (const permission of permissions) {
    it(permission, () => {
      for (const [user, org, expected, subject] of table[permission]) {
        expect(denial(who[user], permission, orgs[org], subject), `${user} in ${org}`).toBe(expected);
      }
    });
  }

  it('grants a signed-out visitor nothing but the visitor permissions, and each of those somewhere', () => {
    for (const permission of permissions) {
      const grantedSomewhere = Object.values(orgs).some((org) => denial(null, permission, org) === null);
      expect(grantedSomewhere, permission).toBe((visitorPermissions as readonly Permission[]).includes(permission));
    }
  });

  it('gives nothing in an organisation where the user has no membership, beyond what any signed-in user has', () => {
    const anySignedIn = new Set(permissions.filter((p) => Object.values(orgs).some((org) => denial(who.stranger, p, org) === null)));
    for (const permission of permissions) {
      for (const org of Object.values(orgs)) {
        if (denial(who.adminElsewhere, permission, org) === null) expect(anySignedIn.has(permission), permission).toBe(true);
      }
    }
  });
});
