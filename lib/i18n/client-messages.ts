import type { AbstractIntlMessages } from 'next-intl';

/**
 * Namespaces the client components of the public site (and the locale-level error pages) use,
 * including the message keys its public form handlers answer with. Only these are sent to the
 * browser there: the whole catalogue is ≈ 100 KB per locale and was 90 % of every cached page.
 * tests/unit/client-messages.test.ts walks the site's imports and fails when one is missing.
 */
export const SITE_CLIENT_NAMESPACES = ['Common', 'Errors', 'Feedback', 'Header', 'Language', 'Validation'] as const;

export function pickNamespaces(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.flatMap((ns) => (messages[ns] === undefined ? [] : [[ns, messages[ns]]])));
}
