import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { declaredRuleOf, type DeclaredRule } from '@/lib/action-core';
import { can, type CurrentUser, type OrgAuth, type Permission } from '@/lib/auth/permissions';
import { filesUnder, projectRoot } from '../support/import-graph';
import { orgAuth } from '../support/org-auth';

// next-intl's navigation helpers do not load outside Next; the actions only import `redirect`.
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

/**
 * Every export of every 'use server' file is a public endpoint. Each is listed here with the rule
 * it checks, as the command it runs declares (lib/command.ts; lib/server-action.ts makes it the
 * export): a permission of `can`, or the caller's own rows only / open to anyone, with the reason. An export added without a rule, or
 * with a rule every signed-in user passes, fails; so does a rule changed without this list.
 */
const expected: Record<string, Permission | 'self' | 'public'> = {
  'lib/content/actions.ts#createNews': 'org.content.edit',
  'lib/content/actions.ts#updateNews': 'org.content.edit',
  'lib/content/actions.ts#deleteNews': 'org.content.edit',
  'lib/content/actions.ts#postToWall': 'org.wall.post',
  'lib/content/actions.ts#removeWallPost': 'org.forum.moderate',
  'lib/content/actions.ts#createPage': 'org.pages.edit',
  'lib/content/actions.ts#updatePage': 'org.pages.edit',
  'lib/content/actions.ts#deletePage': 'org.pages.edit',
  'lib/content/actions.ts#deletePageAndReturn': 'org.pages.edit',
  'lib/content/documents/actions.ts#createFolder': 'org.documents.edit',
  'lib/content/documents/actions.ts#renameFolder': 'org.documents.edit',
  'lib/content/documents/actions.ts#moveFolder': 'org.documents.edit',
  'lib/content/documents/actions.ts#deleteFolder': 'org.documents.edit',
  'lib/content/documents/actions.ts#renameDocument': 'org.documents.edit',
  'lib/content/documents/actions.ts#moveDocument': 'org.documents.edit',
  'lib/content/documents/actions.ts#deleteDocument': 'org.documents.edit',
  'lib/content/documents/actions.ts#restoreFolder': 'org.documents.restore',
  'lib/content/documents/actions.ts#restoreDocument': 'org.documents.restore',
  'lib/content/forum/actions.ts#createForumAction': 'org.forum.manage',
  'lib/content/forum/actions.ts#updateForumAction': 'org.forum.manage',
  'lib/content/forum/actions.ts#deleteForumAction': 'org.forum.manage',
  'lib/content/forum/actions.ts#createTopicAction': 'org.forum.topic.open',
  'lib/content/forum/actions.ts#updateTopicAction': 'org.forum.topic.moderate',
  'lib/content/forum/actions.ts#setTopicPinnedAction': 'org.forum.topic.moderate',
  'lib/content/forum/actions.ts#setTopicClosedAction': 'org.forum.topic.moderate',
  'lib/content/forum/actions.ts#deleteTopicAction': 'org.forum.topic.moderate',
  'lib/content/forum/actions.ts#createPostAction': 'org.forum.post.create',
  'lib/content/forum/actions.ts#updatePostAction': 'org.forum.post.edit',
  'lib/content/forum/actions.ts#deletePostAction': 'org.forum.post.delete',
  'lib/feedback/actions.ts#saveFeedbackContactsAction': 'org.settings.edit',
  'lib/feedback/actions.ts#saveReceptionRulesAction': 'org.settings.edit',
  'lib/feedback/actions.ts#addReceptionHourAction': 'org.settings.edit',
  'lib/feedback/actions.ts#deleteReceptionHourAction': 'org.settings.edit',
  'lib/feedback/actions.ts#answerQuestionAction': 'org.feedback.manage',
  'lib/feedback/actions.ts#changeQuestionStateAction': 'org.feedback.manage',
  'lib/feedback/actions.ts#setApplicationStatusAction': 'org.settings.edit',
  'lib/feedback/actions.ts#replyToApplicationAction': 'org.settings.edit',
  'lib/feedback/actions.ts#resendApplicationMailAction': 'org.settings.edit',
  'lib/notifications/actions.ts#saveContentAction': 'org.notifications.manage',
  'lib/notifications/actions.ts#saveAudienceAction': 'org.notifications.manage',
  'lib/notifications/actions.ts#publishAction': 'org.notifications.manage',
  'lib/notifications/actions.ts#deleteNotificationAction': 'org.notifications.manage',
  'lib/notifications/actions.ts#remindAction': 'org.notifications.manage',
  'lib/notifications/actions.ts#remindableCountAction': 'org.notifications.manage',
  'lib/notifications/mark-read-action.ts#markReadAction': 'self',
  'lib/organizations/functions/actions.ts#saveFunctionsAction': 'org.settings.edit',
  'lib/organizations/settings/actions.ts#updateAboutAction': 'org.settings.edit',
  'lib/organizations/settings/actions.ts#updateContactsAction': 'org.settings.edit',
  'lib/organizations/settings/actions.ts#updateLocalizationAction': 'org.settings.edit',
  'lib/organizations/settings/logo-actions.ts#deleteLogoAction': 'org.settings.edit',
  'lib/organizations/settings/applications-email-actions.ts#sendApplicationsEmailCodeAction': 'org.settings.edit',
  'lib/organizations/settings/applications-email-actions.ts#confirmApplicationsEmailAction': 'org.settings.edit',
  'lib/organizations/subordinates/actions.ts#moveSubordinatesAction': 'org.settings.edit',
  'lib/organizations/subordinates/actions.ts#saveSubordinateTypesAction': 'org.settings.edit',
  'lib/organizations/jurisdiction/actions.ts#setLowerJurisdictionAction': 'org.jurisdiction.manage',
  'lib/organizations/register/actions.ts#createInstitutionAction': 'org.register.manage',
  'lib/organizations/register/actions.ts#updateInstitutionAction': 'org.register.manage',
  'lib/organizations/register/actions.ts#closeInstitutionAction': 'org.register.manage',
  'lib/organizations/leaders/actions.ts#addLeader': 'org.leaders.manage',
  'lib/organizations/leaders/actions.ts#moveLeader': 'org.leaders.manage',
  'lib/organizations/leaders/actions.ts#removeLeader': 'org.leaders.manage',
  'lib/organizations/register/import/actions.ts#confirmRegisterImport': 'org.register.manage',
  'lib/organizations/structure/actions.ts#createUnit': 'org.structure.edit',
  'lib/organizations/structure/actions.ts#updateUnit': 'org.structure.edit',
  'lib/organizations/structure/actions.ts#deleteUnit': 'org.structure.edit',
  'lib/people/actions.ts#setShowContacts': 'self',
  'lib/people/identity/actions.ts#correctIdentity': 'org.people.manage',
  'lib/people/import/actions.ts#confirmImport': 'org.people.manage',
  'lib/people/person-actions.ts#updatePerson': 'org.people.manage',
  'lib/people/person-actions.ts#removePerson': 'org.people.manage',
  'lib/people/person-actions.ts#reissueInvitation': 'org.people.manage',
  'lib/people/restore-action.ts#restorePerson': 'org.people.manage',
  'lib/people/invitations/register-actions.ts#checkRegistrationInvitation': 'public',
  'lib/people/invitations/register-actions.ts#registerAccount': 'public',
  'lib/people/wizard/actions.ts#chooseWizardMethod': 'org.people.manage',
  'lib/people/wizard/actions.ts#saveWizardDetails': 'org.people.manage',
  'lib/people/wizard/actions.ts#addExistingPerson': 'org.people.manage',
  'lib/people/wizard/actions.ts#createPerson': 'org.people.manage',
};

const sourceFiles = () => ['app', 'components', 'lib'].flatMap((dir) => filesUnder(path.join(projectRoot, dir)));
const isServerFile = (file: string) => /^['"]use server['"]/.test(readFileSync(file, 'utf8'));

async function declaredActions(): Promise<Map<string, DeclaredRule | undefined>> {
  const found = new Map<string, DeclaredRule | undefined>();
  for (const file of sourceFiles().filter(isServerFile).sort()) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) found.set(`${path.relative(projectRoot, file)}#${name}`, declaredRuleOf(value));
  }
  return found;
}

/**
 * A rule counts for a write only when some signed-in user is refused by it in an organisation
 * whose functions are all on ('org.view', or "the function is on" alone, refuse nobody there).
 */
const signedIn: CurrentUser[] = [
  { id: 1, personId: 1, login: 'stranger', fullName: 'S', memberships: [] },
  { id: 2, personId: 2, login: 'parent', fullName: 'P', memberships: [{ organizationId: 1, organizationKind: 'authority', role: 'parent', isAdmin: false, isModerator: false, isEditor: false }] },
];
const functionsOn: OrgAuth[] = [
  orgAuth(1),
  orgAuth(1, { kind: 'institution' }),
  orgAuth(1, { functions: { forums: { visibleTo: 'members', topicsOpenedBy: 'moderators' }, documents: { uploadBy: 'admins' }, feedback: { applications: true } }, applicationsEmailConfirmed: true }),
];
const refusesSomebody = (permission: Permission) => signedIn.some((user) => functionsOn.some((org) => !can(user, permission, org)));

describe('server actions', () => {
  it('has no inline "use server" functions: every endpoint lives in a "use server" file and is listed', () => {
    const inline = sourceFiles().filter((file) => !isServerFile(file) && /^\s*['"]use server['"]/m.test(readFileSync(file, 'utf8')));
    expect(inline).toEqual([]);
  });

  it('lists every export of every "use server" file with the rule it checks', { timeout: 120_000 }, async () => {
    const found = await declaredActions();
    const actual = Object.fromEntries([...found].map(([key, rule]) => [key, !rule ? 'none' : 'permission' in rule ? rule.permission : 'self' in rule ? 'self' : 'public']));
    expect(actual).toEqual(expected);
    for (const [key, rule] of found) {
      if (rule && !('permission' in rule)) expect(('self' in rule ? rule.self : rule.public).length, `${key} gives its reason`).toBeGreaterThan(20);
    }
  });

  it('checks a real rule in every write: no permission every signed-in user passes', () => {
    const permissionsUsed = new Set(Object.values(expected).filter((rule): rule is Permission => rule !== 'self' && rule !== 'public'));
    for (const permission of permissionsUsed) expect(refusesSomebody(permission), permission).toBe(true);
    // The yardstick itself: the placeholder of old and a bare function switch do not count.
    expect(refusesSomebody('org.view')).toBe(false);
    expect(refusesSomebody('org.documents.view')).toBe(false);
  });
});
