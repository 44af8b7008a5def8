import { describe, expect, it } from 'vitest';
import { can, type CurrentUser, type MembershipGrant, primaryMembership } from '@/lib/auth/permissions';
import { orgAuth } from '../support/org-auth';

const AUTHORITY = orgAuth(1);
const SCHOOL = orgAuth(7, { kind: 'institution', parentId: 1 });

function userWith(...grants: Array<Partial<MembershipGrant> & Pick<MembershipGrant, 'organizationId' | 'role'>>): CurrentUser {
  return {
    id: 1,
    personId: 1,
    login: 'u',
    fullName: 'U',
    memberships: grants.map((g) => ({ organizationKind: 'authority', isAdmin: false, isModerator: false, isEditor: false, ...g })),
  };
}

describe('can()', () => {
  it('refuses everything to a signed-out visitor', () => {
    expect(can(null, 'org.view', AUTHORITY)).toBe(false);
    expect(can(null, 'org.people.view', AUTHORITY)).toBe(false);
  });

  it('lets any signed-in user view an organisation page, but not its people', () => {
    const parent = userWith({ organizationId: SCHOOL.id, organizationKind: 'institution', role: 'parent' });
    expect(can(parent, 'org.view', AUTHORITY)).toBe(true);
    expect(can(parent, 'org.people.view', AUTHORITY)).toBe(false);
    expect(can(parent, 'org.people.view', SCHOOL)).toBe(false);
  });

  it('gives staff the people list, notifications and reports of their own organisation only', () => {
    const staff = userWith({ organizationId: AUTHORITY.id, role: 'employee' });
    for (const action of ['org.people.view', 'org.notifications.view', 'org.reports.view'] as const) {
      expect(can(staff, action, AUTHORITY)).toBe(true);
      expect(can(staff, action, SCHOOL)).toBe(false);
    }
    expect(can(staff, 'org.admin', AUTHORITY)).toBe(false);
    expect(can(staff, 'org.notifications.manage', AUTHORITY)).toBe(false);
  });

  it('gives administration only to admins of that organisation', () => {
    const admin = userWith({ organizationId: AUTHORITY.id, role: 'employee', isAdmin: true });
    for (const action of ['org.admin', 'org.people.manage', 'org.people.credentials', 'org.people.shared_data', 'org.settings.edit', 'org.content.edit', 'org.forum.moderate', 'org.notifications.manage'] as const) {
      expect(can(admin, action, AUTHORITY)).toBe(true);
      expect(can(admin, action, SCHOOL)).toBe(false);
    }
  });

  it('gives editors content and notifications, moderators forums and Q&A, and neither administration', () => {
    const editor = userWith({ organizationId: AUTHORITY.id, role: 'employee', isEditor: true });
    const moderator = userWith({ organizationId: AUTHORITY.id, role: 'employee', isModerator: true });
    expect(can(editor, 'org.content.edit', AUTHORITY)).toBe(true);
    expect(can(editor, 'org.notifications.manage', AUTHORITY)).toBe(true);
    expect(can(editor, 'org.forum.moderate', AUTHORITY)).toBe(false);
    expect(can(moderator, 'org.forum.moderate', AUTHORITY)).toBe(true);
    expect(can(moderator, 'org.feedback.manage', AUTHORITY)).toBe(true);
    expect(can(moderator, 'org.content.edit', AUTHORITY)).toBe(false);
    expect(can(editor, 'org.settings.edit', AUTHORITY)).toBe(false);
    expect(can(moderator, 'org.people.manage', AUTHORITY)).toBe(false);
  });

  it('treats a teacher as staff of their school, not of the authority', () => {
    const teacher = userWith({ organizationId: SCHOOL.id, organizationKind: 'institution', role: 'teacher' });
    expect(can(teacher, 'org.people.view', SCHOOL)).toBe(true);
    expect(can(teacher, 'org.reports.view', AUTHORITY)).toBe(false);
  });

  it('lets every member of an organisation, parents too, post on its message wall, and nobody else', () => {
    const parent = userWith({ organizationId: SCHOOL.id, organizationKind: 'institution', role: 'parent' });
    const staff = userWith({ organizationId: AUTHORITY.id, role: 'employee' });
    expect(can(parent, 'org.wall.post', SCHOOL)).toBe(true);
    expect(can(parent, 'org.wall.post', AUTHORITY)).toBe(false);
    expect(can(staff, 'org.wall.post', AUTHORITY)).toBe(true);
    expect(can(staff, 'org.content.edit', AUTHORITY)).toBe(false);
    expect(can(null, 'org.wall.post', AUTHORITY)).toBe(false);
  });

  it('shows an authority admin membership first beside the name', () => {
    const user = userWith(
      { organizationId: SCHOOL.id, organizationKind: 'institution', role: 'parent' },
      { organizationId: AUTHORITY.id, role: 'employee', isAdmin: true },
    );
    expect(primaryMembership(user)).toMatchObject({ organizationId: AUTHORITY.id, isAdmin: true });
  });

  it('gives staff and admins the documents rights of their own organisation only', () => {
    const staff = userWith({ organizationId: AUTHORITY.id, role: 'teacher' });
    const student = userWith({ organizationId: AUTHORITY.id, role: 'student' });
    for (const action of ['org.documents.edit', 'org.documents.private'] as const) {
      expect(can(staff, action, AUTHORITY)).toBe(true);
      expect(can(staff, action, SCHOOL)).toBe(false);
      expect(can(student, action, AUTHORITY)).toBe(false);
      expect(can(null, action, AUTHORITY)).toBe(false);
    }
  });
});
