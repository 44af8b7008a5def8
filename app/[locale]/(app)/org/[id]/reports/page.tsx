import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Link } from '@/lib/i18n/navigation';
import { requireReportAccess } from '@/lib/reports/access';

/** The Reports menu (F-7): the authority's staff only; anyone else gets 404. */
export default async function ReportsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const { scope } = await requireReportAccess(id, locale);
  const t = await getTranslations('Reports');
  const tAttestation = await getTranslations('ReportAttestation');
  const tRegister = await getTranslations('ReportInstitutions');
  const tInstitution = await getTranslations('ReportInstitution');
  const tActivity = await getTranslations('ReportActivity');
  const base = `/org/${scope.authority.id}/reports`;
  const [first] = scope.institutions;
  const items = [
    { href: `${base}/attestation`, title: tAttestation('title'), text: tAttestation('menu_text') },
    { href: `${base}/institutions`, title: tRegister('title'), text: tRegister('menu_text') },
    // Every institution's reports, listed here rather than on the register's page, which they made pass 60 KB (issue 13).
    ...(first ? [{ href: `${base}/institutions/${first.id}/about`, title: tInstitution('menu_title'), text: tInstitution('menu_text'), institutions: true }] : []),
    { href: `${base}/activity`, title: tActivity('title'), text: tActivity('menu_text') },
  ];
  return (
    <>
      <Breadcrumbs items={[{ label: scope.authority.shortName, href: `/org/${scope.authority.id}` }, { label: t('title') }]} />
      <section aria-labelledby="reports-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="reports-heading" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-neutral-600">{t('intro')}</p>
        <ul className="mt-4 grid gap-3 md:grid-cols-2">
          {items.map((item) => (
            <li key={item.href} className="rounded border border-neutral-200 p-4">
              <Link href={item.href} className="font-semibold text-sky-800 underline">
                {item.title}
              </Link>
              <p className="mt-1 text-sm text-neutral-600">{item.text}</p>
              {item.institutions && (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer">{tInstitution('menu_choose')}</summary>
                  {/* Plain links styled once on the list: one per institution of the region. */}
                  <ul className="mt-2 columns-1 gap-6 sm:columns-2 [&_a]:text-sky-800 [&_a]:underline">
                    {scope.institutions.map((i) => (
                      <li key={i.id}>
                        <a href={`/${locale}${base}/institutions/${i.id}/about`}>{i.shortName}</a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
