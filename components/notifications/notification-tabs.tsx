import { getTranslations } from 'next-intl/server';
import { LinkTabs } from '@/components/ui/link-tabs';

/** Active / Archive; a chosen calendar day stays chosen when switching. */
export async function NotificationTabs({ basePath, tab, day }: { basePath: string; tab: 'active' | 'archive'; day: string | null }) {
  const t = await getTranslations('Notifications');
  const dayQuery: Record<string, string> = day ? { day } : {};
  return (
    <LinkTabs
      label={t('tabs_label')}
      current={tab}
      tabs={[
        { key: 'active', label: t('tab_active'), href: { pathname: basePath, query: dayQuery } },
        { key: 'archive', label: t('tab_archive'), href: { pathname: basePath, query: { tab: 'archive', ...dayQuery } } },
      ]}
    />
  );
}
