import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { AttestationParameters } from '@/components/reports/attestation-parameters';
import { ReportNote, ReportResultView } from '@/components/reports/report-frame';
import { TerritoryFilter } from '@/components/reports/territory-filter';
import { requireReportAccess } from '@/lib/reports/access';
import { attestationDueReport, attestationReport } from '@/lib/reports/attestation';
import { LinkTabs } from '@/components/ui/link-tabs';
import { formHref } from '@/lib/reports/links';
import type { SearchParams } from '@/lib/search-params';
import { loadReportView } from '@/lib/reports/view';

/** Ten people a page: with the filter's lists, twenty made the due list's page pass 60 KB (issue 13). */
const DUE_PAGE_SIZE = 10;

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

/**
 * F-7.1 Teacher attestation (figure 15): role × category with checkboxes, and who is due within
 * 12 months — two forms of the report under tabs that keep the filters. One page held both at
 * 85 KB; each form alone stays under 60 KB (issue 13).
 */
export default async function AttestationReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const access = await requireReportAccess(id, locale);
  const { scope } = access;
  const form = query.form === 'due' ? 'due' : 'counts';
  const t = await getTranslations('ReportAttestation');
  const tReports = await getTranslations('Reports');
  const path = `/org/${scope.authority.id}/reports/attestation`;
  return (
    <>
      <Breadcrumbs items={[{ label: scope.authority.shortName, href: `/org/${scope.authority.id}` }, { label: tReports('title'), href: `/org/${scope.authority.id}/reports` }, { label: t('title') }]} />
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <ReportNote text={t('note')} />
      <TerritoryFilter scope={scope} params={query} hidden={{ set: '1', ...(form === 'due' ? { form } : {}) }}>
        <AttestationParameters params={query} />
      </TerritoryFilter>
      <LinkTabs
        label={tReports('forms')}
        current={form}
        tabs={[
          { key: 'counts', href: formHref(path, query, 'counts'), label: t('chart_title') },
          { key: 'due', href: formHref(path, query, 'due'), label: t('due_title') },
        ]}
      />
      {form === 'counts' ? (
        <ReportResultView
          view={await loadReportView(attestationReport, access, query, { sortParam: 'sort' })}
          caption={t('title')}
          testId="attestation-table"
          chartTitle={t('chart_title')}
          pathname={path}
          query={query}
        />
      ) : (
        <DueList view={await loadReportView(attestationDueReport, access, query, { paging: { param: 'due_page', size: DUE_PAGE_SIZE }, sortParam: 'due_sort' })} path={path} query={query} />
      )}
    </>
  );
}

async function DueList({ view, path, query }: { view: Awaited<ReturnType<typeof loadReportView>>; path: string; query: SearchParams }) {
  const t = await getTranslations('ReportAttestation');
  return (
    <section aria-labelledby="due-heading" className="flex flex-col gap-2">
      <h3 id="due-heading" className="text-lg font-semibold">
        {t('due_title')}
      </h3>
      <ReportResultView view={view} caption={t('due_title')} testId="attestation-due-table" summary={view.ok ? t('due_count', { count: view.rowCount }) : undefined} pathname={path} query={query} />
    </section>
  );
}
