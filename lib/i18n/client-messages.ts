import type { AbstractIntlMessages } from 'next-intl';

/**
 * Namespaces the client components of the public site (and the locale-level error pages) use,
 * including the message keys its public form handlers answer with. Only these are sent to the
 * browser there: the whole catalogue is ≈ 100 KB per locale and was 90 % of every cached page.
 * tests/unit/client-messages.test.ts walks the site's imports and fails when one is missing.
 * The signed-in pages get these too (the locale layout's provider), and nothing more where their
 * client components need nothing more.
 */
export const SITE_CLIENT_NAMESPACES = ['Common', 'Errors', 'Feedback', 'Header', 'Language', 'Validation'] as const;

/**
 * What the client components of each area of the signed-in app need besides the site's
 * namespaces: their own, and the namespaces of the message keys the area's server actions answer
 * with (a form shows them; permission refusals name 'ForumAccess.…' keys, lib/auth/permissions.ts — a namespace of its own, so the forum's whole catalogue is not sent to every area).
 * An area's layout (or page) wraps its content in <ClientMessages area="…">. Sending the whole
 * catalogue instead was ≈ 100 KB of every signed-in page (issue 13).
 * tests/unit/client-messages.test.ts walks every signed-in page's imports and fails when its
 * area misses a namespace.
 */
export const APP_CLIENT_NAMESPACES = {
  signIn: ['SignIn'],
  register: ['Register', 'ForumAccess'],
  user: ['UserPage', 'ForumAccess'],
  content: ['News', 'Wall', 'InteractivePages', 'PageEditor', 'ForumAccess'],
  documents: ['Documents', 'ForumAccess'],
  forum: ['Forum', 'ForumAccess'],
  structure: ['Structure', 'ForumAccess'],
  leaders: ['Leaders', 'Structure', 'ForumAccess'],
  notifications: ['Notifications', 'NotificationWizard', 'Inbox', 'ForumAccess'],
  feedback: ['FeedbackAdmin', 'Contacts', 'ForumAccess'],
  adminPeople: ['AdminPeople', 'Invitation', 'PersonWizard', 'Roles', 'ForumAccess'],
  // The imports' own layouts add their namespaces below the area's: the rest of the area does without them.
  peopleImport: ['PersonImport', 'PersonWizard', 'ForumAccess'],
  adminSettings: ['Functions', 'ApplicationsEmail', 'Contacts', 'Jurisdiction', 'Localization', 'Logo', 'Subordinates', 'InstitutionRegister', 'ForumAccess'],
  registerImport: ['RegisterImport', 'PersonImport', 'PersonWizard', 'InstitutionRegister', 'Contacts', 'Jurisdiction', 'Localization', 'ForumAccess'],
  adminFeedback: ['FeedbackAdmin', 'Contacts', 'Jurisdiction', 'Localization', 'Subordinates', 'ForumAccess'],
  dataExchange: ['DataExchange', 'OneRoster'],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesArea = keyof typeof APP_CLIENT_NAMESPACES;

export function pickNamespaces(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.flatMap((ns) => (messages[ns] === undefined ? [] : [[ns, messages[ns]]])));
}
