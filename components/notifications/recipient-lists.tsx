import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
import { Link } from '@/lib/i18n/navigation';
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
  const tabs = [
    { key: 'readers', label: t('readers_tab', { count: readers }), query: {} },
    { key: 'pending', label: t('pending_tab', { count: pending }), query: { list: 'pending' } },
  ] as const;
  return (
    <section aria-labelledby="recipients-heading" className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="recipients-heading" className="sr-only">
        {t('lists_label')}
      </h2>
      <nav aria-label={t('lists_label')} className="border-b border-neutral-200">
        <ul className="flex flex-wrap gap-1">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={{ pathname: basePath, query: tab.query }}
                aria-current={tab.key === list ? 'page' : undefined}
                className={`inline-block border-b-2 px-4 py-2 ${tab.key === list ? 'border-sky-800 font-semibold text-sky-900' : 'border-transparent text-neutral-700 hover:text-sky-900'}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <span>{t('export_label')}:</span>
        {(['csv', 'xlsx'] as const).map((format) => (
          // A file download, not a page: a plain link with the download attribute.
          <a key={format} href={`/${locale}${basePath}/export?list=${list}&format=${format}`} download className="text-sky-800 underline">
            {t(`export_${format}`)}
          </a>
        ))}
      </p>
      <RecipientsTable rows={rows} withReadAt={list === 'readers'} empty={list === 'readers' ? t('readers_empty') : t('pending_empty')} timeZone={timeZone} />
      <Pagination pathname={basePath} query={{ list: list === 'pending' ? 'pending' : undefined }} page={page} total={list === 'readers' ? readers : pending} pageSize={RECIPIENTS_PAGE_SIZE} />
    </section>
  );
}
