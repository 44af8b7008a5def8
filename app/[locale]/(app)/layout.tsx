import type { ReactNode } from 'react';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { ActionNoticeProvider, ActionNoticeRegion } from '@/components/ui/action-notice';
import { getCurrentUser } from '@/lib/auth/current-user';

/**
 * The signed-in application: header with the user, content, footer. The browser gets the locale
 * layout's few namespaces; an area whose client components need more adds them in its own layout
 * (<ClientMessages>, lib/i18n/client-messages.ts) — not the whole catalogue on every page.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <ActionNoticeProvider>
      <div className="flex min-h-screen flex-col">
        <Header user={user} />
        <main id="main" className="page-main">
          <ActionNoticeRegion />
          {children}
        </main>
        <Footer />
      </div>
    </ActionNoticeProvider>
  );
}
