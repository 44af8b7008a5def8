import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/reports/print-button';
import { ReportTable } from '@/components/reports/report-table';
import { NavLink } from '@/components/ui/nav-link';
import { requireReportAccess } from '@/lib/reports/access';
import { reportByKey } from '@/lib/reports/registry';
import { printBackHref } from '@/lib/reports/links';
import { messageKey } from '@/lib/reports/tabulate';
import type { SearchParams } from '@/lib/search-params';
import { reportTranslator } from '@/lib/reports/translate';
import { loadReportView } from '@/lib/reports/view';

type Props = { params: Promise<{ locale: string; id: string; report: string }>; searchParams: Promise<SearchParams> };

/**
 * The print view of any report: the whole result (never one page of it), the title, the
 * authority and the day, no navigation; print CSS repeats the table header on every page.
 */
export default async function ReportPrintPage({ params, searchParams }: Props) {
  const { locale, id, report } = await params;
  const query = await searchParams;
  const access = await requireReportAccess(id, locale);
  const definition = reportByKey(report) ?? notFound();
  const view = await loadReportView(definition, access, query);
  const t = await getTranslations('Reports');
  const translate = await reportTranslator(access.locale);
  const title = translate(messageKey(definition.namespace, definition.title ?? 'title'));
  return (
    <article className="flex flex-col gap-3" data-testid="print-view">
      <div className="flex items-center gap-3 print:hidden">
        <PrintButton label={t('print_now')} />
        <NavLink href={printBackHref(access.scope.authority.id, definition.key, query)} className="text-sky-800 underline">
          {t('back_to_report')}
        </NavLink>
      </div>
      <header data-testid="print-meta">
        <h1 className="text-xl font-semibold">{view.ok ? view.meta.title : title}</h1>
        {view.ok &&
          view.meta.lines.map((line) => (
            <p key={line} className="text-sm">
              {line}
            </p>
          ))}
      </header>
      {view.ok ? (
        <ReportTable table={view.table} caption={title} testId="print-table" />
      ) : (
        <p role="alert" className="text-red-800">
          {view.error}
        </p>
      )}
    </article>
  );
}
