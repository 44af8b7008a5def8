import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ReportNote, ReportResultView } from '@/components/reports/report-frame';
import { TerritoryFilter } from '@/components/reports/territory-filter';
import { Input } from '@/components/ui/input';
import { requireReportAccess } from '@/lib/reports/access';
import { activityReport, type ActivityFilters } from '@/lib/reports/activity';
import { LinkTabs } from '@/components/ui/link-tabs';
import { formHref } from '@/lib/reports/links';
import type { SearchParams } from '@/lib/search-params';
import { loadReportView, REPORT_PAGE_SIZE } from '@/lib/reports/view';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

/** F-7.4 Kundelik activity (figure 18), by district/city or by institution. */
export default async function ActivityReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const access = await requireReportAccess(id, locale);
  const { scope } = access;
  const view = await loadReportView(activityReport, access, query, { paging: { param: 'page', size: REPORT_PAGE_SIZE }, sortParam: 'sort' });
  const t = await getTranslations('ReportActivity');
  const tReports = await getTranslations('Reports');
  const filters = view.ok ? (view.filters as ActivityFilters) : null;
  const form = filters?.form ?? (query.form === 'institutions' ? 'institutions' : 'municipalities');
  const path = `/org/${scope.authority.id}/reports/activity`;
  const on = typeof query.on === 'string' ? query.on : access.today;
  return (
    <>
      <Breadcrumbs items={[{ label: scope.authority.shortName, href: `/org/${scope.authority.id}` }, { label: tReports('title'), href: `/org/${scope.authority.id}/reports` }, { label: t('title') }]} />
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <ReportNote text={t('note')} />
      <TerritoryFilter scope={scope} params={query} hidden={{ form }}>
        <div className="flex flex-col gap-1 md:w-64">
          <label htmlFor="filter-on" className="text-sm font-medium">
            {t('on_label')}
          </label>
          <Input id="filter-on" name="on" type="date" defaultValue={on} max={access.today} />
        </div>
      </TerritoryFilter>
      <LinkTabs
        label={tReports('forms')}
        current={form}
        tabs={[
          { key: 'municipalities', href: formHref(path, query, 'municipalities'), label: t('form_municipalities') },
          { key: 'institutions', href: formHref(path, query, 'institutions'), label: t('form_institutions') },
        ]}
      />
      <ReportResultView
        view={view}
        caption={t('title')}
        testId="activity-table"
        pathname={path}
        query={query}
        chartTitle={t('chart_title')}
        summary={view.ok ? (form === 'institutions' ? t('count_institutions', { count: view.rowCount }) : t('count_municipalities', { count: view.rowCount })) : undefined}
      />
    </>
  );
}
