import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SectionLink } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { MonthCalendar } from '@/components/notifications/month-calendar';
import { NotificationsTable } from '@/components/notifications/notifications-table';
import { NotificationTabs } from '@/components/notifications/notification-tabs';
import { Pagination } from '@/components/ui/pagination';
import { NOTIFICATIONS_PAGE_SIZE } from '@/lib/notifications/list';
import { getNotificationsPage, getReadByDays, requireNotificationsView } from '@/lib/notifications/queries';
import { parsePage } from '@/lib/pagination';
import { formatCalendarDate, isCalendarDate, isMonth, monthOf } from '@/lib/time/calendar-date';
import { single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Notifications');
  return { title: t('title') };
}

/**
 * Notifications (F-6), the authority's staff: Active / Archive by the read-by date in the
 * organisation's time zone, newest first, paginated; the calendar beside it filters by day.
 * Tab, day, month and page live in the address.
 */
export default async function NotificationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const { org, canManage, today } = await requireNotificationsView(id, locale);
  const tab = single(query.tab) === 'archive' ? 'archive' : 'active';
  const rawDay = single(query.day) ?? '';
  const day = isCalendarDate(rawDay) ? rawDay : null;
  const rawMonth = single(query.month) ?? '';
  const month = isMonth(rawMonth) ? rawMonth : monthOf(day ?? today);
  const page = parsePage(query.page);
  const [list, markedDays] = await Promise.all([getNotificationsPage({ orgId: org.id, tab, today, day, page }), getReadByDays(org.id, month)]);
  const t = await getTranslations('Notifications');
  const userLocale = await getLocale();
  const basePath = `/org/${org.id}/notifications`;
  const empty = day ? t('empty_day', { date: formatCalendarDate(day, userLocale) }) : tab === 'active' ? t('empty_active') : t('empty_archive');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title') }]} />
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="notifications-heading" className="flex min-w-0 flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="notifications-heading" className="text-lg font-semibold">
              {t('title')}
            </h2>
            {canManage && (
              <SectionLink href={`${basePath}/new`} primary>
                {t('create')}
              </SectionLink>
            )}
          </div>
          <NotificationTabs basePath={basePath} tab={tab} day={day} />
          <p role="status" className="text-sm text-neutral-700" data-testid="notifications-count">
            {day ? `${t('filtered_by_day', { date: formatCalendarDate(day, userLocale) })} · ` : ''}
            {t('count', { count: list.total })}
          </p>
          <NotificationsTable orgId={org.id} rows={list.rows} today={today} empty={empty} />
          <Pagination
            pathname={basePath}
            query={{ tab: tab === 'archive' ? 'archive' : undefined, day: day ?? undefined }}
            page={page}
            total={list.total}
            pageSize={NOTIFICATIONS_PAGE_SIZE}
          />
        </section>
        <aside>
          <MonthCalendar basePath={basePath} month={month} markedDays={markedDays} selectedDay={day} today={today} />
        </aside>
      </div>
    </>
  );
}
