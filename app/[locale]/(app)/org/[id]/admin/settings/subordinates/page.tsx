import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { SubordinateListForm } from '@/components/settings/subordinate-list-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { OptionSelect } from '@/components/ui/option-select';
import { Pagination } from '@/components/ui/pagination';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { moveSubordinatesAction } from '@/lib/organizations/subordinates/actions';
import { getSubordinateFilterOptions, getSubordinateSide } from '@/lib/organizations/settings/queries';
import { filtersAmongOptions, subordinateFiltersSchema, SUBORDINATES_PAGE_SIZE } from '@/lib/organizations/subordinates/schemas';
import { parsePage } from '@/lib/pagination';
import { SEARCH_MAX_LENGTH, type SearchParams, single } from '@/lib/search-params';

/**
 * Settings → Subordinate institutions (F-4.7, the guide's figure 11): the two lists with the same
 * filters (in the URL), each paged on its own (?page= and ?xpage=).
 */
export default async function SubordinatesPage({ params, searchParams }: { params: AdminPageParams; searchParams: Promise<SearchParams> }) {
  const { org, locale } = await adminPageContext(params, 'settings/subordinates', 'org.settings.edit');
  const query = await searchParams;
  const asked = subordinateFiltersSchema.parse({ q: single(query.q), type: single(query.type) || undefined, group: single(query.group) || undefined, territory: single(query.territory) || undefined });
  const page = parsePage(query.page);
  const xpage = parsePage(query.xpage);
  // The choices first: the lists are filtered only by what the selects can show.
  const options = await getSubordinateFilterOptions({ authorityId: org.id, locale });
  const filters = filtersAmongOptions(asked, options);
  const [subordinate, excluded] = await Promise.all([
    getSubordinateSide({ authorityId: org.id, side: 'subordinate', filters, page, locale }),
    getSubordinateSide({ authorityId: org.id, side: 'excluded', filters, page: xpage, locale }),
  ]);
  const [t, tSettings] = await Promise.all([getTranslations('Subordinates'), getTranslations('Settings')]);
  const pathname = `/org/${org.id}/admin/settings/subordinates`;
  const kept = { q: filters.q || undefined, type: filters.type?.toString(), group: filters.group?.toString(), territory: filters.territory?.toString() };
  return (
    <AdminShell org={org} block="settings" current="subordinates" title={tSettings('nav.subordinates')} intro={t('intro')}>
      <form method="get" role="search" aria-label={t('filters')} className="grid grid-cols-1 gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5">
        <div className="flex min-w-0 flex-col gap-1 lg:col-span-2">
          <label htmlFor="filter-q" className="text-sm font-medium">
            {t('filter_name')}
          </label>
          <Input id="filter-q" name="q" defaultValue={filters.q} maxLength={SEARCH_MAX_LENGTH} />
        </div>
        <OptionSelect id="filter-type" name="type" label={t('filter_type')} all={t('all_types')} defaultValue={filters.type ?? ''} options={options.types} />
        <OptionSelect id="filter-group" name="group" label={t('filter_group')} all={t('all_groups')} defaultValue={filters.group ?? ''} options={options.groups} />
        <OptionSelect id="filter-territory" name="territory" label={t('filter_territory')} all={t('all_territories')} defaultValue={filters.territory ?? ''} options={options.territories} />
        <div className="flex items-end">
          <Button type="submit">
            {t('search')}
          </Button>
        </div>
      </form>
      <div className="flex flex-col gap-4 lg:flex-row">
        <div className="flex min-w-0 flex-1 flex-col">
          <SubordinateListForm
            action={moveSubordinatesAction}
            orgId={org.id}
            direction="exclude"
            title={t('subordinate_list')}
            rows={subordinate.rows}
            total={subordinate.total}
            buttonLabel={t('exclude')}
            empty={t('subordinate_empty')}
            testId="subordinate-list"
          />
          <Pagination pathname={pathname} query={{ ...kept, xpage: xpage > 1 ? String(xpage) : undefined }} page={page} total={subordinate.total} pageSize={SUBORDINATES_PAGE_SIZE} />
        </div>
        <div className="flex min-w-0 flex-1 flex-col">
          <SubordinateListForm
            action={moveSubordinatesAction}
            orgId={org.id}
            direction="add"
            title={t('excluded_list')}
            rows={excluded.rows}
            total={excluded.total}
            buttonLabel={t('add')}
            empty={t('excluded_empty')}
            testId="excluded-list"
          />
          <Pagination pathname={pathname} query={{ ...kept, page: page > 1 ? String(page) : undefined }} page={xpage} total={excluded.total} pageSize={SUBORDINATES_PAGE_SIZE} param="xpage" />
        </div>
      </div>
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
