import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { InboxTable } from '@/components/notifications/inbox-table';
import { Pagination } from '@/components/ui/pagination';
import { requireUser } from '@/lib/auth/current-user';
import { INBOX_PAGE_SIZE } from '@/lib/notifications/inbox';
import { getInboxPage } from '@/lib/notifications/inbox-queries';
import { parsePage } from '@/lib/pagination';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Inbox');
  return { title: t('title') };
}

/** Every signed-in user's notifications from every authority, newest first; archived ones stay. */
export default async function InboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const page = parsePage((await searchParams).page);
  const user = await requireUser(`/${locale}/inbox`);
  const inbox = await getInboxPage(user.personId, page);
  const t = await getTranslations('Inbox');
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <section aria-labelledby="inbox-heading" className="flex flex-col gap-3 card">
        <h1 id="inbox-heading" className="text-xl font-semibold">
          {t('title')}
        </h1>
        <InboxTable rows={inbox.rows} />
        <Pagination pathname="/inbox" query={{}} page={page} total={inbox.total} pageSize={INBOX_PAGE_SIZE} />
      </section>
    </div>
  );
}
