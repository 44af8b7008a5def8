import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { NavLink } from '@/components/ui/nav-link';
import { parsePage, pageWindow } from '@/lib/pagination';
import { requireReportAccess } from '@/lib/reports/access';
import { type SearchParams, searchText } from '@/lib/search-params';
import { InstitutionPicker } from '@/components/reports/institution-picker';

/** The Reports menu (F-7): the authority's staff only; anyone else gets 404. */
export default async function ReportsPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }) {
  const { locale, id } = await params;
  const { scope } = await requireReportAccess(id, locale);
  const query = await searchParams;
  // Every institution's reports: 20 at a time with a name search, not the whole region (a city's
  // 200 made this page pass 60 KB, issue 13).
  const q = searchText(query.q);
  const page = parsePage(query.page);
  const { limit, offset } = pageWindow(page);
  const needle = q.toLocaleLowerCase(locale);
  const matching = needle ? scope.institutions.filter((i) => `${i.shortName} ${i.fullName}`.toLocaleLowerCase(locale).includes(needle)) : scope.institutions;
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
    ...(first ? [{ href: `${base}/institutions/${first.id}/about`, title: tInstitution('menu_title'), text: tInstitution('menu_text'), institutions: true }] : []),
    { href: `${base}/activity`, title: tActivity('title'), text: tActivity('menu_text') },
  ];
  return (
    <>
      <Breadcrumbs items={[{ label: scope.authority.shortName, href: `/org/${scope.authority.id}` }, { label: t('title') }]} />
      <section aria-labelledby="reports-heading" className="card">
        <h2 id="reports-heading" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-neutral-600">{t('intro')}</p>
        <ul className="mt-4 grid gap-3 md:grid-cols-2">
          {items.map((item) => (
            <li key={item.href} className="rounded border border-neutral-200 p-4">
              <NavLink href={item.href} className="font-semibold text-sky-800 underline">
                {item.title}
              </NavLink>
              <p className="mt-1 text-sm text-neutral-600">{item.text}</p>
              {item.institutions && (
                <InstitutionPicker
                  institutions={matching.slice(offset, offset + limit)}
                  total={matching.length}
                  q={q}
                  page={page}
                  hrefOf={(id) => `/${locale}${base}/institutions/${id}/about`}
                  pathname={base}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
