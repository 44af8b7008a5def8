import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { APP_CLIENT_NAMESPACES, type ClientMessagesArea, LOCALE_CLIENT_NAMESPACES, pickMessages, SITE_CLIENT_NAMESPACES } from '@/lib/i18n/client-messages';

/**
 * The messages an area's client components need (lib/i18n/client-messages.ts), for the browser.
 * It replaces the locale layout's provider below it, so the locale layout's namespaces are sent again
 * (as references to the ones already sent: a few hundred bytes).
 */
export async function ClientMessages({ area, children }: { area: ClientMessagesArea; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), [...LOCALE_CLIENT_NAMESPACES, ...APP_CLIENT_NAMESPACES[area]]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** The layout of an area that only adds its client messages: `export default clientMessagesLayout('forum')`. */
export function clientMessagesLayout(area: ClientMessagesArea) {
  return function ClientMessagesLayout({ children }: { children: ReactNode }) {
    return <ClientMessages area={area}>{children}</ClientMessages>;
  };
}

/** The public site's messages (its layout): the locale layout's and the feedback forms'. */
export async function SiteClientMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), SITE_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
