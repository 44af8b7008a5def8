import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
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
      <form method="get" role="search" aria-label={t('menu_choose')} className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="institution-q" className="font-medium">
            {t('menu_search')}
          </label>
          <Input id="institution-q" name="q" defaultValue={q} maxLength={100} />
        </div>
        <Button type="submit" variant="secondary">
          {t('menu_search_button')}
        </Button>
      </form>
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
