import type { MembershipRole } from '@/db/schema';

/** What the server knows about the signed-in user, loaded from the database on every request. */
export type CurrentUser = {
  id: number;
  personId: number;
  login: string;
  fullName: string;
  memberships: MembershipGrant[];
};

export type MembershipGrant = {
  organizationId: number;
  organizationKind: 'authority' | 'institution';
  role: MembershipRole;
  isAdmin: boolean;
  isModerator: boolean;
  isEditor: boolean;
};

export const permissions = [
  'org.view',
  'org.people.view',
  'org.admin',
  'org.people.manage',
  'org.people.credentials',
  'org.people.shared_data',
  'org.settings.edit',
  'org.jurisdiction.manage',
  'org.feedback.manage',
  'org.content.edit',
  'org.forum.moderate',
  'org.wall.post',
  'org.notifications.view',
  'org.notifications.manage',
  'org.reports.view',
  'org.documents.edit',
  'org.documents.private',
] as const;
export type Permission = (typeof permissions)[number];

/** Roles that make a person staff of an organisation (not students or parents). */
export const STAFF_ROLES: ReadonlySet<MembershipRole> = new Set([
  'leader',
  'deputy',
  'employee',
  'director',
  'deputy_director',
  'head_of_studies',
  'teacher',
]);

type Grants = { member: boolean; staff: boolean; admin: boolean; moderator: boolean; editor: boolean };

function grantsIn(user: CurrentUser, organizationId: number): Grants {
  const mine = user.memberships.filter((m) => m.organizationId === organizationId);
  return {
    member: mine.length > 0,
    staff: mine.some((m) => STAFF_ROLES.has(m.role)),
    admin: mine.some((m) => m.isAdmin),
    moderator: mine.some((m) => m.isModerator),
    editor: mine.some((m) => m.isEditor),
  };
}

const rules: Record<Permission, (g: Grants) => boolean> = {
  // Any signed-in user reads an organisation's page; closed parts need more.
  'org.view': () => true,
  'org.people.view': (g) => g.staff,
  'org.admin': (g) => g.admin,
  'org.people.manage': (g) => g.admin,
  // Checked against the person's home organisation (lib/people/home-organization.ts), not the
  // organisation whose People page is open: another organisation's admin is refused.
  'org.people.credentials': (g) => g.admin,
  'org.people.shared_data': (g) => g.admin,
  'org.settings.edit': (g) => g.admin,
  // Checked on the authority ABOVE the one whose jurisdiction changes (lib/organizations/jurisdiction.ts):
  // its admins set the jurisdiction of the authorities under it; nobody sets their own.
  'org.jurisdiction.manage': (g) => g.admin,
  'org.feedback.manage': (g) => g.admin || g.moderator,
  'org.content.edit': (g) => g.admin || g.editor,
  'org.forum.moderate': (g) => g.admin || g.moderator,
  // Any active member (staff, students, parents) writes on the message wall; others read it.
  'org.wall.post': (g) => g.member,
  'org.notifications.view': (g) => g.staff,
  'org.notifications.manage': (g) => g.admin || g.editor,
  'org.reports.view': (g) => g.staff,
  // The widest the Documents setting allows (any staff); "only admins" narrows it in
  // lib/content/documents.ts, which knows the organisation's setting.
  'org.documents.edit': (g) => g.staff || g.admin,
  // Non-public documents and the bin.
  'org.documents.private': (g) => g.staff || g.admin,
};

/**
 * The one authorisation check. `user.memberships` hold only active (not archived) memberships,
 * read from the database on each request, so removal from an organisation takes effect at once.
 */
export function can(user: CurrentUser | null, action: Permission, org: { id: number }): boolean {
  if (!user) return false;
  return rules[action](grantsIn(user, org.id));
}

/** The membership shown beside the user's name: an authority's first, admins first. */
export function primaryMembership(user: CurrentUser): MembershipGrant | undefined {
  const score = (m: MembershipGrant) => (m.organizationKind === 'authority' ? 0 : 2) + (m.isAdmin ? 0 : 1);
  return [...user.memberships].sort((a, b) => score(a) - score(b) || a.organizationId - b.organizationId)[0];
}
