import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AboutBlock } from '@/components/org/about-block';
import { ContactsBlock } from '@/components/org/contacts-block';
import { PeopleBlock } from '@/components/org/people-block';
import { parseId } from '@/lib/ids';
import { toLocale } from '@/lib/i18n/routing';
import { cachedAdministrators, cachedLeaders, cachedProfile } from '@/lib/site/cached';

// Rendered once per organisation and language, kept until a write expires its tags.
export const dynamic = 'force-static';
export const revalidate = false;

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const orgId = parseId(id);
  const org = orgId ? await cachedProfile(orgId, toLocale(locale)) : null;
  return { title: org?.shortName };
}

/** The site's Page tab: the profile always; news, pages and documents when "Site" is on. */
export default async function SitePage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const orgId = parseId(id) ?? notFound();
  const [org, leaders, administrators] = await Promise.all([cachedProfile(orgId, locale), cachedLeaders(orgId), cachedAdministrators(orgId)]);
  if (!org) notFound();
  const t = await getTranslations('OrgPage');
  return (
    <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-4">
        <AboutBlock org={org} />
        <ContactsBlock contacts={org} />
      </div>
      <div className="flex flex-col gap-4">
        <PeopleBlock id="leaders-heading" title={t('leaders')} empty={t('no_leaders')} people={leaders} />
        <PeopleBlock id="admins-heading" title={t('administrators')} empty={t('no_administrators')} people={administrators} />
      </div>
    </div>
  );
}
