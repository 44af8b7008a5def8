import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { CategoryTree } from '@/components/people/category-tree';
import { PeopleList } from '@/components/people/people-list';
import { PeopleSearchForm } from '@/components/people/people-search-form';
import { Pagination } from '@/components/ui/pagination';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { parsePage } from '@/lib/pagination';
import { categoryParam, categoryTree, parseCategory } from '@/lib/people/categories';
import { PEOPLE_PAGE_SIZE } from '@/lib/people/directory';
import { getPeopleDirectory } from '@/lib/people/queries';
import { searchText, single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * People tab (F-2.3), staff only (404 for anyone else, also by address): categories with counts,
 * search by name, "registered only", paginated; every filter lives in the address.
 */
export default async function PeoplePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const { org } = await requireOrgTab(id, locale, 'people');
  const q = searchText(query.q);
  const registeredOnly = single(query.registered) === '1';
  const page = parsePage(query.page);
  const directory = (await getPeopleDirectory({ orgId: org.id, category: parseCategory(single(query.cat)), q, registeredOnly, page })) ?? notFound();
  const t = await getTranslations('People');
  const tTabs = await getTranslations('OrgTabs');
  const basePath = `/org/${org.id}/people`;
  const cat = categoryParam(directory.category);
  const filters = { q: q || undefined, registered: registeredOnly ? '1' : undefined };
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tTabs('people') }]} />
      <div className="grid gap-4 md:grid-cols-[18rem_1fr]">
        <aside className="rounded-lg bg-white p-4 shadow-sm">
          <h2 className="mb-2 font-semibold">{t('categories')}</h2>
          <CategoryTree nodes={categoryTree(directory.network)} counts={directory.counts} selected={cat} basePath={basePath} keep={filters} />
        </aside>
        <section aria-labelledby="people-heading" className="flex flex-col gap-4 card">
          <h2 id="people-heading" className="text-lg font-semibold">
            {tTabs('people')}
          </h2>
          <PeopleSearchForm category={cat} q={q} registeredOnly={registeredOnly} />
          <p role="status" className="font-medium" data-testid="people-count">
            {t('count', { count: directory.total })}
          </p>
          <PeopleList people={directory.people} empty={q || registeredOnly ? t('nothing_found') : t('empty')} />
          <Pagination pathname={basePath} query={{ cat: cat === 'all' ? undefined : cat, ...filters }} page={page} total={directory.total} pageSize={PEOPLE_PAGE_SIZE} />
        </section>
      </div>
    </>
  );
}
