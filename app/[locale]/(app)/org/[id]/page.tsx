import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ContactsBlock } from '@/components/org/contacts-block';
import { PeopleBlock } from '@/components/org/people-block';
import { parseId } from '@/lib/ids';
import { toLocale } from '@/lib/i18n/routing';
import { getOrganizationAdministrators, getOrganizationLeaders, getOrganizationProfile } from '@/lib/organizations/queries';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, id } = await params;
  const locale = toLocale(raw);
  const orgId = parseId(id);
  const org = orgId ? await getOrganizationProfile({ orgId, locale }) : null;
  return { title: org?.shortName };
}

/** Page tab (F-2.1): description, contacts, leaders and administrators. */
export default async function OrganizationPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = toLocale(raw);
  const orgId = parseId(id) ?? notFound();
  const [org, leaders, administrators] = await Promise.all([
    getOrganizationProfile({ orgId, locale }),
    getOrganizationLeaders({ orgId }),
    getOrganizationAdministrators({ orgId }),
  ]);
  if (!org) notFound();
  const t = await getTranslations('OrgPage');
  const tCrumbs = await getTranslations('Breadcrumbs');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${orgId}` }, { label: tCrumbs('page') }]} />
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <section aria-labelledby="about-heading" className="rounded-lg bg-white p-5 shadow-sm">
            <h2 id="about-heading" className="mb-3 text-lg font-semibold">
              {t('about')}
            </h2>
            {org.description ? (
              <p className="whitespace-pre-line" data-testid="org-description">
                {org.description}
              </p>
            ) : (
              <p className="text-neutral-600">{t('no_description')}</p>
            )}
            <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-neutral-700">
              {org.territory && (
                <li>
                  {t('territory')}: {org.territory}
                </li>
              )}
              {org.institutionCount > 0 && <li>{t('subordinate_institutions', { count: org.institutionCount })}</li>}
            </ul>
          </section>
          <ContactsBlock contacts={org} />
        </div>
        <div className="flex flex-col gap-4">
          <PeopleBlock id="leaders-heading" title={t('leaders')} empty={t('no_leaders')} people={leaders} />
          <PeopleBlock id="admins-heading" title={t('administrators')} empty={t('no_administrators')} people={administrators} />
        </div>
      </div>
    </>
  );
}
