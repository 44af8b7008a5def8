import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
import { SearchForm } from '@/components/ui/search-form';
import type { ScopeInstitution } from '@/lib/reports/scope';

/**
 * The Reports menu's way into one institution's reports: a name search (a plain GET form, the
 * search lives in the address) and the matching institutions a page at a time.
 */
export async function InstitutionPicker({
  institutions,
  total,
  q,
  page,
  hrefOf,
  pathname,
}: {
  institutions: ScopeInstitution[];
  total: number;
  q: string;
  page: number;
  hrefOf: (id: number) => string;
  pathname: string;
}) {
  const t = await getTranslations('ReportInstitution');
  return (
    <div className="mt-3 flex flex-col gap-2 text-sm" data-testid="institution-picker">
      <SearchForm id="institution-q" label={t('menu_choose')} fieldLabel={t('menu_search')} submit={t('menu_search_button')} q={q} variant="secondary" className="flex flex-wrap items-end gap-2" />
      {institutions.length === 0 ? (
        <p className="text-neutral-600">{t('menu_nothing')}</p>
      ) : (
        // Plain links styled once on the list.
        <ul className="columns-1 gap-6 sm:columns-2 [&_a]:text-sky-800 [&_a]:underline">
          {institutions.map((i) => (
            <li key={i.id}>
              <a href={hrefOf(i.id)}>{i.shortName}</a>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname={pathname} query={{ q: q || undefined }} page={page} total={total} />
    </div>
  );
}
