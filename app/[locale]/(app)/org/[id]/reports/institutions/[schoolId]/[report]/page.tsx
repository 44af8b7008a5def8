import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { InstitutionReportNav, QuarterSelect } from '@/components/reports/institution-report-nav';
import { ReportNote, ReportResultView } from '@/components/reports/report-frame';
import { TerritoryFilter } from '@/components/reports/territory-filter';
import { parseId } from '@/lib/ids';
import { redirect } from '@/lib/i18n/navigation';
import { requireReportAccess } from '@/lib/reports/access';
import { INSTITUTION_REPORTS, type InstitutionReportName } from '@/lib/reports/institution/common';
import { INSTITUTION_REPORT_DEFINITIONS, QUARTERLY } from '@/lib/reports/institution';
import type { SearchParams } from '@/lib/search-params';
import { loadReportView, REPORT_PAGE_SIZE } from '@/lib/reports/view';

type Props = { params: Promise<{ locale: string; id: string; schoolId: string; report: string }>; searchParams: Promise<SearchParams> };

const isReport = (name: string): name is InstitutionReportName => (INSTITUTION_REPORTS as readonly string[]).includes(name);

/**
 * F-7.3 reports of one institution. The institution must be one of the authority's subordinate
 * institutions and the report one of the list: anything else is 404. Choosing another
 * institution in the filter moves to its address.
 */
export default async function InstitutionReportPage({ params, searchParams }: Props) {
  const { locale, id, schoolId, report } = await params;
  const query = await searchParams;
  const access = await requireReportAccess(id, locale);
  const { scope } = access;
  const school = parseId(schoolId);
  const institution = scope.institutions.find((i) => i.id === school);
  if (!institution || !isReport(report)) notFound();
  const chosen = typeof query.school === 'string' ? parseId(query.school) : null;
  if (chosen !== null && chosen !== institution.id && scope.institutions.some((i) => i.id === chosen)) {
    const rest = Object.fromEntries(Object.entries(query).filter(([key, value]) => key !== 'school' && typeof value === 'string')) as Record<string, string>;
    redirect({ href: { pathname: `/org/${scope.authority.id}/reports/institutions/${chosen}/${report}`, query: rest }, locale: access.locale });
  }
  const definition = INSTITUTION_REPORT_DEFINITIONS[report];
  // A page at a time, as the authority's reports: a school's 225 rows of marks were a page of 104 KB (issue 13: ≤ 60 KB); the export and print have them all.
  const view = await loadReportView(definition, access, { ...query, school: String(institution.id) }, { paging: { param: 'page', size: REPORT_PAGE_SIZE }, sortParam: 'sort' });
  const t = await getTranslations('ReportInstitution');
  const tReports = await getTranslations('Reports');
  const base = `/org/${scope.authority.id}/reports`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: scope.authority.shortName, href: `/org/${scope.authority.id}` },
          { label: tReports('title'), href: base },
          { label: t('menu_title'), href: `${base}/institutions` },
          { label: institution.shortName },
        ]}
      />
      <h2 className="text-xl font-semibold">
        {institution.shortName}: {t(`report_${report}`)}
      </h2>
      <InstitutionReportNav base={`${base}/institutions/${institution.id}`} current={report} quarter={typeof query.quarter === 'string' ? query.quarter : ''} />
      <ReportNote text={t(`note_${report}`)} />
      <TerritoryFilter scope={scope} params={{ ...query, school: String(institution.id) }}>
        {QUARTERLY.has(report) && <QuarterSelect value={typeof query.quarter === 'string' ? query.quarter : ''} />}
      </TerritoryFilter>
      <ReportResultView
        view={view}
        caption={t(`report_${report}`)}
        chartTitle={t(`report_${report}`)}
        testId="institution-table"
        pathname={`${base}/institutions/${institution.id}/${report}`}
        query={query}
        summary={view.ok && report !== 'about' ? t('rows', { count: view.rowCount }) : undefined} />
    </>
  );
}
