import type { ReactNode } from 'react';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { getCurrentUser } from '@/lib/auth/current-user';

/**
 * The signed-in application: header with the user, content, footer. The browser gets the locale
 * layout's few namespaces; an area whose client components need more adds them in its own layout
 * (<ClientMessages>, lib/i18n/client-messages.ts) — not the whole catalogue on every page.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="flex min-h-screen flex-col">
      <Header user={user} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <Footer />
    </div>
  );
}
