import type { FunctionSettings, MembershipRole, OrganizationKind } from '@/db/schema';

/** What the server knows about the signed-in user, loaded from the database on every request. */
export type CurrentUser = {
  id: number;
  personId: number;
  login: string;
  fullName: string;
  memberships: MembershipGrant[];
};

/**
 * The signed-in user as a request loads it (lib/auth/load-current-user.ts): besides what `can`
 * needs, what every page's header shows, read in the same round trip.
 */
export type SignedInUser = CurrentUser & {
  /** The organisations of the active memberships, as `can` sees them. */
  memberOrganizations: OrgAuth[];
  unreadNotifications: number;
};

export type MembershipGrant = {
  organizationId: number;
  organizationKind: OrganizationKind;
  role: MembershipRole;
  isAdmin: boolean;
  isModerator: boolean;
  isEditor: boolean;
};

/**
 * The organisation as every rule sees it, read by one loader (lib/auth/org-auth.ts): its place in
 * the tree and its settings, the function switches with their defaults already applied.
 */
export type OrgAuth = {
  id: number;
  kind: OrganizationKind;
  parentId: number | null;
  functions: FunctionSettings;
  /** An applications e-mail is on record and confirmed (F-4.6). */
  applicationsEmailConfirmed: boolean;
};

/** Rows some rules look at besides the organisation: the forum topic and post acted on. */
export type TopicState = { closed: boolean; deleted: boolean };
export type PostState = { authorUserId: number; deleted: boolean };
export type Subject = { topic?: TopicState; post?: PostState };

export const permissions = [
  // Any signed-in user opens an organisation's pages (never enough for a write).
  'org.view',
  'org.people.view',
  'org.admin',
  'org.people.manage',
  'org.people.credentials',
  'org.people.shared_data',
  'org.settings.edit',
  'org.leaders.manage',
  'org.jurisdiction.manage',
  'org.feedback.manage',
  'org.content.edit',
  // The moderator right as such: message-wall posts; the forums add their settings below.
  'org.forum.moderate',
  'org.wall.post',
  'org.notifications.view',
  'org.notifications.manage',
  'org.reports.view',
  'org.exchange.manage',
  'org.register.manage',
  // Function switches (F-4.4): what a visitor may open, and the writes inside each function.
  'site.view',
  'org.structure.view',
  'org.structure.edit',
  'org.pages.view',
  'org.pages.edit',
  'org.documents.view',
  'org.documents.edit',
  'org.documents.restore',
  'org.documents.private',
  'org.feedback.view',
  'org.applications.submit',
  'org.questions.ask',
  // Forums (F-2.5) with their settings "who sees" and "who opens topics".
  'org.forum.view',
  'org.forum.manage',
  'org.forum.topic.open',
  'org.forum.topic.moderate',
  'org.forum.post.create',
  'org.forum.post.edit',
  'org.forum.post.delete',
] as const;
export type Permission = (typeof permissions)[number];

/**
 * What a visitor who is not signed in may be granted (the public site, the citizens' forms,
 * public files). Every other rule refuses a signed-out caller; the runner answers
 * 'unauthenticated' for those before reading any input.
 */
export const visitorPermissions = [
  'site.view',
  'org.structure.view',
  'org.pages.view',
  'org.documents.view',
  'org.feedback.view',
  'org.applications.submit',
  'org.questions.ask',
] as const satisfies readonly Permission[];
export type VisitorPermission = (typeof visitorPermissions)[number];

export function isVisitorPermission(permission: Permission): permission is VisitorPermission {
  return (visitorPermissions as readonly Permission[]).includes(permission);
}

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

type Grants = { signedIn: boolean; userId: number | null; member: boolean; staff: boolean; admin: boolean; moderator: boolean; editor: boolean };

function grantsIn(user: CurrentUser | null, organizationId: number): Grants {
  const mine = user?.memberships.filter((m) => m.organizationId === organizationId) ?? [];
  return {
    signedIn: user !== null,
    userId: user?.id ?? null,
    member: mine.length > 0,
    staff: mine.some((m) => STAFF_ROLES.has(m.role)),
    admin: mine.some((m) => m.isAdmin),
    moderator: mine.some((m) => m.isModerator),
    editor: mine.some((m) => m.isEditor),
  };
}

/**
 * A message key saying why an action is refused ('forbidden', 'Common.function_off',
 * 'ForumAccess.error_members_only' …); the form shows it in the user's language.
 */
export type Denial = string;

/** A rule's answer: true allows, false refuses as 'forbidden', a Denial refuses with that reason. */
type Verdict = boolean | Denial;
type Rule = (g: Grants, org: OrgAuth, subject: Subject) => Verdict;

/** The first refusal in the order given, or true: earlier reasons are the ones reported. */
function all(...verdicts: Verdict[]): Verdict {
  return verdicts.find((v) => v !== true) ?? true;
}

const FUNCTION_OFF = 'Common.function_off';
const on = (enabled: boolean): Verdict => enabled || FUNCTION_OFF;

/** Who sees the forums: the function on, then signed in ('all_users') or a member ('members'). */
function forumVisible(g: Grants, org: OrgAuth): Verdict {
  if (!g.signedIn) return 'ForumAccess.error_signed_out';
  if (!org.functions.forums.enabled) return 'ForumAccess.error_forums_off';
  if (org.functions.forums.visibleTo === 'members' && !g.member) return 'ForumAccess.error_members_only';
  return true;
}
const forumModerator = (g: Grants): Verdict => g.admin || g.moderator || 'ForumAccess.error_moderators_only';
/** A closed topic is closed for everyone, moderators too, until a moderator reopens it. */
const topicLive = (s: Subject): Verdict => !s.topic?.deleted || 'ForumAccess.error_topic_deleted';
const topicOpen = (s: Subject): Verdict => !s.topic?.closed || 'ForumAccess.error_topic_closed';
const postLive = (s: Subject): Verdict => !s.post?.deleted || 'ForumAccess.error_post_deleted';

const rules: Record<Permission, Rule> = {
  'org.view': (g) => g.signedIn,
  'org.people.view': (g) => g.staff,
  'org.admin': (g) => g.admin,
  'org.people.manage': (g) => g.admin,
  // Checked against the person's home organisation (lib/people/home-organization.ts), not the
  // organisation whose People page is open: another organisation's admin is refused.
  'org.people.credentials': (g) => g.admin,
  'org.people.shared_data': (g) => g.admin,
  'org.settings.edit': (g) => g.admin,
  // The leaders' block of the Page and Structure tabs (F-2.2), whichever functions are on.
  'org.leaders.manage': (g) => g.admin,
  // Checked on the authority ABOVE the one whose jurisdiction changes (lib/organizations/jurisdiction/assign.ts):
  // its admins set the jurisdiction of the authorities under it; nobody sets their own.
  'org.jurisdiction.manage': (g) => g.admin,
  'org.feedback.manage': (g) => g.admin || g.moderator,
  'org.content.edit': (g) => g.admin || g.editor,
  'org.forum.moderate': (g) => g.admin || g.moderator,
  // Any active member (staff, students, parents) writes on the message wall; others read it.
  'org.wall.post': (g) => g.member,
  // Notifications and reports belong to authorities only.
  'org.notifications.view': (g, org) => org.kind === 'authority' && g.staff,
  'org.notifications.manage': (g, org) => org.kind === 'authority' && (g.admin || g.editor),
  'org.reports.view': (g, org) => org.kind === 'authority' && g.staff,
  // OneRoster import and export of the authority's network (Administration → Data exchange).
  'org.exchange.manage': (g, org) => org.kind === 'authority' && g.admin,
  // The register of institutions: an authority's admins, for the institutions within its
  // jurisdiction (lib/organizations/register/commands.ts checks that); a school edits its own contacts only.
  'org.register.manage': (g, org) => org.kind === 'authority' && g.admin,

  'site.view': (_g, org) => on(org.functions.site.enabled),
  'org.structure.view': (_g, org) => on(org.functions.structure.enabled),
  'org.structure.edit': (g, org) => all(g.admin, on(org.functions.structure.enabled)),
  'org.pages.view': (_g, org) => on(org.functions.pages.enabled),
  'org.pages.edit': (g, org) => all(g.admin, on(org.functions.pages.enabled)),
  'org.documents.view': (_g, org) => on(org.functions.documents.enabled),
  // Create folders, upload, rename, move, delete: any staff member, or only admins (setting).
  'org.documents.edit': (g, org) => all(org.functions.documents.uploadBy === 'admins' ? g.admin : g.staff || g.admin, on(org.functions.documents.enabled)),
  // Restore from the bin: admins whatever the upload setting is.
  'org.documents.restore': (g, org) => all(g.admin, on(org.functions.documents.enabled)),
  // Non-public documents, the bin and downloads of binned files: the organisation's staff.
  'org.documents.private': (g, org) => all(g.staff || g.admin, on(org.functions.documents.enabled)),
  'org.feedback.view': (_g, org) => on(org.functions.feedback.enabled),
  // E-applications: the function and its sub-switch on, the applications e-mail confirmed.
  'org.applications.submit': (_g, org) =>
    (org.functions.feedback.enabled && org.functions.feedback.applications && org.applicationsEmailConfirmed) || 'FeedbackAccess.applications_closed',
  'org.questions.ask': (_g, org) => (org.functions.feedback.enabled && org.functions.feedback.questions) || 'FeedbackAccess.questions_closed',

  'org.forum.view': (g, org) => forumVisible(g, org),
  'org.forum.manage': (g, org) => all(forumVisible(g, org), forumModerator(g)),
  'org.forum.topic.open': (g, org) =>
    all(forumVisible(g, org), org.functions.forums.topicsOpenedBy === 'participants' || forumModerator(g)),
  'org.forum.topic.moderate': (g, org, s) => all(forumVisible(g, org), forumModerator(g), topicLive(s)),
  'org.forum.post.create': (g, org, s) => all(forumVisible(g, org), topicLive(s), topicOpen(s)),
  // Its author only, while the post and its topic are live and the topic is open.
  'org.forum.post.edit': (g, org, s) =>
    all(forumVisible(g, org), topicLive(s), postLive(s), !s.post || s.post.authorUserId === g.userId || 'ForumAccess.error_not_author', topicOpen(s)),
  'org.forum.post.delete': (g, org, s) => all(forumVisible(g, org), forumModerator(g), topicLive(s), postLive(s)),
};

/**
 * The one authorisation rule book: null when `user` may do `action` in `org`, else the reason.
 * `user.memberships` hold only active memberships, read from the database on each request, so
 * removal from an organisation takes effect at once; `org` comes from loadOrgAuth. Rules about
 * a forum topic or post look at `subject` when it is given (the writes pass the locked rows).
 */
export function denial(user: CurrentUser | null, action: Permission, org: OrgAuth, subject: Subject = {}): Denial | null {
  const verdict = rules[action](grantsIn(user, org.id), org, subject);
  return verdict === true ? null : verdict === false ? 'forbidden' : verdict;
}

/** The one authorisation check (see `denial`). */
export function can(user: CurrentUser | null, action: Permission, org: OrgAuth, subject?: Subject): boolean {
  return denial(user, action, org, subject) === null;
}

/** The membership shown beside the user's name: an authority's first, admins first. */
export function primaryMembership(user: CurrentUser): MembershipGrant | undefined {
  const score = (m: MembershipGrant) => (m.organizationKind === 'authority' ? 0 : 2) + (m.isAdmin ? 0 : 1);
  return [...user.memberships].sort((a, b) => score(a) - score(b) || a.organizationId - b.organizationId)[0];
}
