import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PeopleHeader } from '@/components/admin-people/people-header';
import { PeopleTable } from '@/components/admin-people/active-people-table';
import { ArchiveTable } from '@/components/admin-people/people-tables';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Input, Select } from '@/components/ui/input';
import { LinkTabs } from '@/components/ui/link-tabs';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import type { MembershipRole } from '@/db/schema';
import { NavLink } from '@/components/ui/nav-link';
import { parsePage } from '@/lib/pagination';
import { requirePeopleAdmin } from '@/lib/people/admin/context';
import { listActivePeople, listArchivedMemberships } from '@/lib/people/admin/queries';
import { rolesForKind } from '@/lib/people/roles';
import { searchText, single } from '@/lib/search-params';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminPeople');
  return { title: t('list_title') };
}

/** Administration → People (F-3.1): the members with search, role filter and pages; the Archive tab. */
export default async function AdminPeoplePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const { org } = await requirePeopleAdmin(id, locale, '');
  const t = await getTranslations('AdminPeople');
  const tRoles = await getTranslations('Roles');
  const archive = single(query.tab) === 'archive';
  const search = searchText(query.q);
  const roles = rolesForKind(org.kind);
  const roleParam = single(query.role) as MembershipRole | undefined;
  const role = roleParam && roles.includes(roleParam) ? roleParam : null;
  const page = parsePage(query.page);
  const pathname = `/org/${org.id}/admin/people`;
  const db = getDb();
  const list = archive ? null : await listActivePeople(db, { orgId: org.id, search, role, page });
  const archived = archive ? await listArchivedMemberships(db, { orgId: org.id, search, page }) : null;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <PeopleHeader orgId={org.id} orgName={org.shortName} title={t('list_title')} />
        <div className="flex gap-4">
          <NavLink href={`${pathname}/import`} className="text-sky-800 underline">
            {t('import')}
          </NavLink>
          <ButtonLink href={`${pathname}/new`}>
            {t('create_person')}
          </ButtonLink>
        </div>
      </div>
      <LinkTabs
        label={t('tabs_label')}
        current={archive ? 'archive' : 'active'}
        tabs={[
          { key: 'active', href: pathname, label: t('tab_active') },
          { key: 'archive', href: `${pathname}?tab=archive`, label: t('tab_archive') },
        ]}
      />
      <form role="search" method="get" action={`/${locale}${pathname}`} className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm">
        {archive && <input type="hidden" name="tab" value="archive" />}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('search_label')}
          <Input name="q" defaultValue={search} maxLength={100} className="font-normal" />
        </label>
        {!archive && (
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('role_filter')}
            <Select name="role" defaultValue={role ?? ''} className="font-normal">
              <option value="">{t('all_roles')}</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {tRoles(r)}
                </option>
              ))}
            </Select>
          </label>
        )}
        <Button type="submit">
          {t('search')}
        </Button>
      </form>
      {list && (
        <>
          <p className="text-sm text-neutral-700" data-testid="people-count">
            {t('count', { count: list.total })}
          </p>
          <PeopleTable orgId={org.id} rows={list.rows} />
          <Pagination pathname={pathname} query={{ q: search || undefined, role: role ?? undefined }} page={page} total={list.total} pageSize={list.pageSize} />
        </>
      )}
      {archived && (
        <>
          <p className="text-sm text-neutral-700">{t('archive_count', { count: archived.total })}</p>
          <ArchiveTable orgId={org.id} rows={archived.rows} locale={locale} timeZone={org.timeZone} />
          <Pagination pathname={pathname} query={{ tab: 'archive', q: search || undefined }} page={page} total={archived.total} pageSize={archived.pageSize} />
        </>
      )}
    </div>
  );
}
