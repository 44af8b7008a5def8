import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
import { LinkTabs } from '@/components/ui/link-tabs';
import { RECIPIENTS_PAGE_SIZE, type RecipientList, type RecipientRow } from '@/lib/notifications/recipients';
import { RecipientsTable } from './recipients-table';

/** Two tabs, "Have read it" and "Not yet read", each paginated and exportable as a whole. */
export async function RecipientLists({
  basePath,
  list,
  page,
  rows,
  readers,
  pending,
  timeZone,
}: {
  basePath: string;
  list: RecipientList;
  page: number;
  rows: RecipientRow[];
  readers: number;
  pending: number;
  timeZone: string;
}) {
  const t = await getTranslations('Notifications');
  const locale = await getLocale();
  return (
    <section aria-labelledby="recipients-heading" className="flex flex-col gap-3 card">
      <h2 id="recipients-heading" className="sr-only">
        {t('lists_label')}
      </h2>
      <LinkTabs
        label={t('lists_label')}
        current={list}
        tabs={[
          { key: 'readers', label: t('readers_tab', { count: readers }), href: { pathname: basePath } },
          { key: 'pending', label: t('pending_tab', { count: pending }), href: { pathname: basePath, query: { list: 'pending' } } },
        ]}
      />
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <span>{t('export_label')}:</span>
        {(['csv-excel', 'csv', 'xlsx'] as const).map((format) => (
          // A file download, not a page: a plain link with the download attribute.
          <a key={format} href={`/${locale}${basePath}/export?list=${list}&format=${format}`} download className="text-sky-800 underline">
            {t(`export_${format === 'csv-excel' ? 'csv_excel' : format}`)}
          </a>
        ))}
      </p>
      <RecipientsTable rows={rows} withReadAt={list === 'readers'} empty={list === 'readers' ? t('readers_empty') : t('pending_empty')} timeZone={timeZone} />
      <Pagination pathname={basePath} query={{ list: list === 'pending' ? 'pending' : undefined }} page={page} total={list === 'readers' ? readers : pending} pageSize={RECIPIENTS_PAGE_SIZE} />
    </section>
  );
}
