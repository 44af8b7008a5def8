import type { AbstractIntlMessages } from 'next-intl';

/**
 * Namespaces every page gets from the locale layout's provider: the header, the language switch,
 * forms' shared texts and the locale-level error pages. The whole catalogue is ≈ 100 KB per
 * locale and was 90 % of every cached page; tests/unit/client-messages.test.ts walks the imports
 * and fails when one is missing.
 */
export const LOCALE_CLIENT_NAMESPACES = ['Common', 'Errors', 'Header', 'Language', 'Validation'] as const;

/**
 * The public site's client components (its layout adds these), including the message keys its
 * public form handlers answer with: the feedback forms' namespace (≈ 4 KB) is not sent to the
 * signed-in pages, whose areas name it where their forms need it.
 */
export const SITE_CLIENT_NAMESPACES = [...LOCALE_CLIENT_NAMESPACES, 'Feedback', 'FeedbackAccess'] as const;

/**
 * What the client components of each area of the signed-in app need besides the locale
 * layout's namespaces: their own, and the namespaces of the message keys the area's server actions answer
 * with (a form shows them; permission refusals name 'ForumAccess.…' and 'FeedbackAccess.…' keys, lib/auth/permissions.ts — namespaces of their own, so the forum's and the feedback forms' whole catalogues are not sent to every area).
 * An area's layout (or page) wraps its content in <ClientMessages area="…">. Sending the whole
 * catalogue instead was ≈ 100 KB of every signed-in page (issue 13).
 * tests/unit/client-messages.test.ts walks every signed-in page's imports and fails when its
 * area misses a namespace.
 */
export const APP_CLIENT_NAMESPACES = {
  signIn: ['SignIn'],
  register: ['Register', 'ForumAccess', 'FeedbackAccess'],
  user: ['UserPage', 'ForumAccess', 'FeedbackAccess'],
  content: ['News', 'Wall', 'InteractivePages', 'PageEditor', 'ForumAccess', 'FeedbackAccess'],
  // The Page tab, every member's first page of an organisation: without the page editor's messages.
  orgPage: ['News', 'Wall', 'InteractivePages', 'ForumAccess', 'FeedbackAccess'],
  documents: ['Documents', 'ForumAccess', 'FeedbackAccess'],
  forum: ['Forum', 'ForumAccess', 'FeedbackAccess'],
  structure: ['Structure', 'ForumAccess', 'FeedbackAccess'],
  leaders: ['Leaders', 'Structure', 'ForumAccess', 'FeedbackAccess'],
  notifications: ['Notifications', 'NotificationWizard', 'Inbox', 'ForumAccess', 'FeedbackAccess'],
  // A recipient reading a notification (every parent and teacher when one goes out): the "I have
  // read it" form's messages, not the authors' wizard and lists (≈ 9 KB of the page).
  inbox: ['Inbox', 'ForumAccess', 'FeedbackAccess'],
  feedback: ['FeedbackAdmin', 'Feedback', 'Contacts', 'ForumAccess', 'FeedbackAccess'],
  // The list and its Archive tab; a person's page and the wizard (their own layouts) add the person forms' messages.
  adminPeople: ['AdminPeople', 'Roles', 'ForumAccess', 'FeedbackAccess'],
  personForms: ['AdminPeople', 'Invitation', 'PersonWizard', 'Roles', 'ForumAccess', 'FeedbackAccess'],
  // The imports' own layouts add their namespaces below the area's: the rest of the area does without them.
  peopleImport: ['PersonImport', 'PersonWizard', 'ForumAccess', 'FeedbackAccess'],
  // Each settings form its own (a layout in its folder): one area for all sent ≈ 30 KB of every
  // form's messages with each settings page; the register's list needs none of them.
  settingsForms: ['Contacts', 'Localization', 'Subordinates', 'ForumAccess', 'FeedbackAccess'],
  settingsEmail: ['ApplicationsEmail', 'Subordinates', 'ForumAccess', 'FeedbackAccess'],
  settingsFunctions: ['Functions', 'ForumAccess', 'FeedbackAccess'],
  settingsJurisdiction: ['Jurisdiction', 'Subordinates', 'ForumAccess', 'FeedbackAccess'],
  settingsLogo: ['Logo', 'Subordinates', 'ForumAccess', 'FeedbackAccess'],
  settingsSubordinates: ['Subordinates', 'ForumAccess', 'FeedbackAccess'],
  settingsRegister: ['InstitutionRegister', 'Contacts', 'Localization', 'Jurisdiction', 'ForumAccess', 'FeedbackAccess'],
  registerImport: ['RegisterImport', 'PersonImport', 'PersonWizard', 'InstitutionRegister', 'Contacts', 'Jurisdiction', 'Localization', 'ForumAccess', 'FeedbackAccess'],
  adminFeedback: ['FeedbackAdmin', 'Feedback', 'Contacts', 'Subordinates', 'ForumAccess', 'FeedbackAccess'],
  dataExchange: ['DataExchange', 'OneRoster'],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesArea = keyof typeof APP_CLIENT_NAMESPACES;

export function pickNamespaces(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.flatMap((ns) => (messages[ns] === undefined ? [] : [[ns, messages[ns]]])));
}
