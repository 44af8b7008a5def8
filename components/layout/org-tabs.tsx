import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export type OrgTab = 'page';

/** The organisation's tabs (F-2). Later tabs join this list as they are built. */
export async function OrgTabs({ orgId, active }: { orgId: number; active: OrgTab }) {
  const t = await getTranslations('OrgTabs');
  const tabs: Array<{ key: OrgTab; href: string }> = [{ key: 'page', href: `/org/${orgId}` }];
  return (
    <nav aria-label={t('label')} className="border-b border-neutral-200 print:hidden">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === active ? 'page' : undefined}
              className={`inline-block border-b-2 px-4 py-2 ${tab.key === active ? 'border-sky-800 font-semibold text-sky-900' : 'border-transparent text-neutral-700 hover:text-sky-900'}`}
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
