import { getTranslations } from 'next-intl/server';
import type { OrgTab } from '@/lib/organizations/functions/tabs';
import { OrgTabsNav } from './org-tabs-nav';

const paths: Record<OrgTab, string> = {
  page: '',
  structure: '/structure',
  people: '/people',
  documents: '/documents',
  forum: '/forum',
  feedback: '/feedback',
};

/**
 * The organisation's tabs (F-2). `base` is '/org/{id}' for the signed-in app and '/site/{id}' for
 * the public site, which passes no user.
 */
export async function OrgTabs({ base, tabs }: { base: string; tabs: OrgTab[] }) {
  const t = await getTranslations('OrgTabs');
  return <OrgTabsNav label={t('label')} items={tabs.map((tab) => ({ key: tab, href: `${base}${paths[tab]}`, label: t(tab) }))} />;
}
