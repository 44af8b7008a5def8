import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { requirePermission } from '@/lib/auth/current-user';
import { parseId } from '@/lib/ids';
import { Link } from '@/lib/i18n/navigation';
import { getOrgContext } from '@/lib/organizations/org-context';

/**
 * Administration home (guide 3.1), admins only — others get 403, also by URL: the People block
 * and the Settings block.
 */
export default async function AdministrationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const orgId = parseId(id) ?? notFound();
  await requirePermission(`/${locale}/org/${id}/admin`, 'org.admin', { id: orgId });
  const { org } = await getOrgContext(id, locale);
  const t = await getTranslations('Admin');
  const tPeople = await getTranslations('AdminPeople');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title') }]} />
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <section aria-labelledby="admin-people-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h3 id="admin-people-heading" className="mb-3 text-lg font-semibold">
          {tPeople('title')}
        </h3>
        <ul className="flex flex-col gap-2">
          <li>
            <Link href={`/org/${org.id}/admin/people`} className="text-sky-800 underline">
              {tPeople('list_title')}
            </Link>
          </li>
          <li>
            <Link href={`/org/${org.id}/admin/people/new`} className="text-sky-800 underline">
              {tPeople('create_person')}
            </Link>
          </li>
          <li>
            <Link href={`/org/${org.id}/admin/people/import`} className="text-sky-800 underline">
              {tPeople('import')}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="admin-settings-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h3 id="admin-settings-heading" className="mb-3 text-lg font-semibold">
          {t('settings')}
        </h3>
        <ul className="flex flex-col gap-2">
          <li>
            <Link href={`/org/${org.id}/admin/settings/functions`} className="text-sky-800 underline">
              {t('functions')}
            </Link>
            <p className="text-sm text-neutral-600">{t('functions_text')}</p>
          </li>
        </ul>
      </section>
    </>
  );
}
