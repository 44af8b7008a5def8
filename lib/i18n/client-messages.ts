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

/** Permission refusals name 'ForumAccess.…' and 'FeedbackAccess.…' keys (lib/auth/permissions.ts), which any action can answer with: namespaces of their own, small and sent whole. */
const ACCESS = ['ForumAccess', 'FeedbackAccess'] as const;

/**
 * The message keys server code answers a form with, by where they are written (schemas,
 * commands): an area whose forms can receive them names these, not their namespaces whole — the
 * Q&A list's answers name 4 of FeedbackAdmin's 5 KB, the register's forms 8 keys of 5.7 KB.
 */
const ANSWERS = {
  contacts: ['Contacts.email_invalid', 'Contacts.fax_invalid', 'Contacts.phone_invalid', 'Contacts.website_invalid'],
  content: ['InteractivePages.foreign_document', 'InteractivePages.not_found', 'News.not_found', 'Wall.not_found', 'Wall.not_member'],
  feedbackAdmin: ['FeedbackAdmin.answer_first', 'FeedbackAdmin.not_found', 'FeedbackAdmin.time_invalid', 'FeedbackAdmin.time_order'],
  feedbackForms: ['Feedback.email_invalid', 'Feedback.phone_invalid'],
  forum: ['Forum.description_too_long', 'Forum.error_forum_not_empty', 'Forum.error_not_found', 'Forum.post_too_long', 'Forum.title_too_long'],
  institutionRegister: [
    'InstitutionRegister.bin_invalid',
    'InstitutionRegister.bin_taken',
    'InstitutionRegister.branch_of_invalid',
    'InstitutionRegister.branch_of_required',
    'InstitutionRegister.date_future',
    'InstitutionRegister.date_invalid',
    'InstitutionRegister.head_not_staff',
    'InstitutionRegister.languages_required',
    'InstitutionRegister.not_in_jurisdiction',
    'InstitutionRegister.territory_outside',
  ],
  jurisdiction: ['Jurisdiction.lower_outside', 'Jurisdiction.not_lower', 'Jurisdiction.outside_own'],
  localization: ['Localization.city_outside_region', 'Localization.region_outside_country', 'Localization.time_zone_invalid'],
  personWizard: [
    'PersonWizard.arrival_before_birth',
    'PersonWizard.arrival_too_late',
    'PersonWizard.birth_date_disagrees_iin',
    'PersonWizard.birth_date_future',
    'PersonWizard.birth_date_too_early',
    'PersonWizard.date_invalid',
    'PersonWizard.email_invalid',
    'PersonWizard.iin_check_digit',
    'PersonWizard.iin_format',
    'PersonWizard.iin_invalid',
    'PersonWizard.name_letters',
    'PersonWizard.phone_invalid',
    'PersonWizard.role_required',
    'PersonWizard.sex_disagrees_iin',
    'PersonWizard.sex_required',
  ],
  structure: ['Structure.head_not_member', 'Structure.member_not_member', 'Structure.not_found'],
  subordinates: ['Subordinates.nothing_checked', 'Subordinates.nothing_to_move'],
} as const;

/**
 * What the client components of each area of the signed-in app need besides the locale layout's
 * namespaces: their own namespaces whole, and the keys the area's server code can answer a form
 * with (pickMessages). An area's layout (or page) wraps its content in <ClientMessages area="…">.
 * Sending the whole catalogue instead was ≈ 100 KB of every signed-in page (issue 13).
 * tests/unit/client-messages.test.ts walks every signed-in page's imports and fails, naming it,
 * when its area misses a namespace or a key.
 */
export const APP_CLIENT_NAMESPACES = {
  signIn: ['SignIn'],
  register: ['Register', ...ACCESS],
  user: ['UserPage', ...ACCESS],
  content: ['News', 'Wall', 'InteractivePages', 'PageEditor', ...ACCESS],
  // The Page tab, every member's first page of an organisation: the wall's form, not the news' and pages' editors.
  orgPage: ['Wall', ...ANSWERS.content, ...ACCESS],
  documents: ['Documents', ...ACCESS],
  forum: ['Forum', ...ACCESS],
  // A topic's page (its own provider): the reply box's words come with it, the answers to its forms are keys.
  forumThread: [...ANSWERS.forum, ...ACCESS],
  structure: ['Structure', ...ACCESS],
  leaders: ['Leaders', ...ANSWERS.structure, ...ACCESS],
  notifications: ['Notifications', 'NotificationWizard', 'Inbox', ...ACCESS],
  // A recipient reading a notification (every parent and teacher when one goes out): the "I have
  // read it" form's messages, not the authors' wizard and lists (≈ 9 KB of the page).
  inbox: ['Inbox', ...ACCESS],
  feedback: ['Feedback', ...ANSWERS.contacts, ...ANSWERS.feedbackAdmin, ...ACCESS],
  // The list and its Archive tab; a person's page and the wizard (their own layouts) add the person forms' messages.
  adminPeople: ['AdminPeople', 'Roles', ...ACCESS],
  personForms: ['AdminPeople', 'Invitation', 'PersonWizard', 'Roles', ...ACCESS],
  // The imports' own layouts add their namespaces below the area's: the rest of the area does without them.
  peopleImport: ['PersonImport', ...ANSWERS.personWizard, ...ACCESS],
  // Each settings form its own (a layout in its folder): one area for all sent ≈ 30 KB of every
  // form's messages with each settings page; the register's list needs none of them.
  settingsForms: ['Localization', ...ANSWERS.contacts, ...ANSWERS.subordinates, ...ACCESS],
  settingsEmail: ['ApplicationsEmail', ...ANSWERS.subordinates, ...ACCESS],
  settingsFunctions: ['Functions', ...ACCESS],
  settingsJurisdiction: ['Jurisdiction', ...ANSWERS.subordinates, ...ACCESS],
  settingsLogo: ['Logo', ...ANSWERS.subordinates, ...ACCESS],
  settingsSubordinates: ['Subordinates', ...ACCESS],
  settingsRegister: ['InstitutionRegister', ...ANSWERS.contacts, ...ANSWERS.localization, ...ANSWERS.jurisdiction, ...ACCESS],
  registerImport: ['RegisterImport', 'PersonImport', ...ANSWERS.institutionRegister, ...ANSWERS.contacts, ...ANSWERS.localization, ...ANSWERS.jurisdiction, ...ANSWERS.personWizard, ...ACCESS],
  // Questions and the applications' contacts: forms whose answers are keys; reception and applications (their own layouts) show the area's texts.
  adminFeedback: [...ANSWERS.feedbackAdmin, ...ANSWERS.feedbackForms, ...ANSWERS.contacts, ...ANSWERS.subordinates, ...ACCESS],
  adminFeedbackTexts: ['FeedbackAdmin', 'Feedback', ...ANSWERS.contacts, ...ACCESS],
  dataExchange: ['DataExchange', 'OneRoster'],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesArea = keyof typeof APP_CLIENT_NAMESPACES;

/**
 * The messages an area names: a namespace ('Forum') whole, a key ('FeedbackAdmin.not_found') on
 * its own — what a form shows of its server's answers needs those keys, not the namespace they sit
 * in (the answers to the Q&A list's forms name 2 of FeedbackAdmin's 5 KB).
 */
export function pickMessages(messages: AbstractIntlMessages, entries: readonly string[]): AbstractIntlMessages {
  const picked: Record<string, unknown> = {};
  for (const entry of entries) {
    const path = entry.split('.');
    let from: unknown = messages;
    let into: Record<string, unknown> | null = picked;
    for (const [i, segment] of path.entries()) {
      from = from && typeof from === 'object' ? (from as Record<string, unknown>)[segment] : undefined;
      if (from === undefined || into === null) break;
      if (i === path.length - 1) into[segment] = from;
      // A namespace (or branch) already picked whole holds the key; never write into the catalogue's own objects.
      else if (into[segment] === from) into = null;
      else into = (into[segment] ??= {}) as Record<string, unknown>;
    }
  }
  return picked as AbstractIntlMessages;
}
