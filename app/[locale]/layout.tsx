import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SoftNavigation } from '@/components/layout/soft-navigation';
import { LOCALE_CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: { default: t('title'), template: `%s — ${t('title')}` }, description: t('description') };
}

/**
 * Language only: no session is read here, so the public site below can be cached. The browser gets
 * a few namespaces; the public site and each signed-in area add theirs in their own layouts.
 */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = pickMessages(await getMessages(), LOCALE_CLIENT_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="app-body">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
        <SoftNavigation />
      </body>
    </html>
  );
}
