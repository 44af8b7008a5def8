import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ReportNote, ReportResultView } from '@/components/reports/report-frame';
import { TerritoryFilter } from '@/components/reports/territory-filter';
import { requireReportAccess } from '@/lib/reports/access';
import { LinkTabs } from '@/components/ui/link-tabs';
import { formHref } from '@/lib/reports/links';
import { type RegisterFilters, registerReport } from '@/lib/reports/register';
import type { SearchParams } from '@/lib/search-params';
import { loadReportView } from '@/lib/reports/view';

/**
 * The register's rows are long texts (addresses, contacts, licences), ≈ 1.7 KB each in the page
 * (its HTML and the table's data): five of them a page keep it under 60 KB with the filter's lists (issue 13).
 */
const REGISTER_PAGE_SIZE = 5;

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

/** F-7.2 Register of institutions (figure 16): all institutions, or grouped by type; "Барлығы N ББМ". */
export default async function RegisterReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const access = await requireReportAccess(id, locale);
  const { scope } = access;
  const view = await loadReportView(registerReport, access, query, { paging: { param: 'page', size: REGISTER_PAGE_SIZE }, sortParam: 'sort' });
  const t = await getTranslations('ReportInstitutions');
  const tReports = await getTranslations('Reports');
  const form = view.ok ? (view.filters as RegisterFilters).form : query.form === 'types' ? 'types' : 'all';
  const path = `/org/${scope.authority.id}/reports/institutions`;
  const base = `/org/${scope.authority.id}/reports`;
  return (
    <>
      <Breadcrumbs items={[{ label: scope.authority.shortName, href: `/org/${scope.authority.id}` }, { label: tReports('title'), href: base }, { label: t('title') }]} />
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <ReportNote text={t('note')} />
      <TerritoryFilter scope={scope} params={query} hidden={{ form }} />
      <LinkTabs
        label={tReports('forms')}
        current={form}
        tabs={[
          { key: 'all', href: formHref(path, query, 'all'), label: t('form_all') },
          { key: 'types', href: formHref(path, query, 'types'), label: t('form_types') },
        ]}
      />
      <ReportResultView
        view={view}
        caption={t('title')}
        testId="register-table"
        pathname={path}
        query={query}
        summary={view.ok ? t('count', { count: view.rowCount }) : undefined}
      />
    </>
  );
}
