import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** Active / Archive; a chosen calendar day stays chosen when switching. */
export async function StatusTabs({ basePath, tab, day }: { basePath: string; tab: 'active' | 'archive'; day: string | null }) {
  const t = await getTranslations('Notifications');
  const items = [
    { key: 'active', label: t('tab_active'), query: day ? { day } : {} },
    { key: 'archive', label: t('tab_archive'), query: { tab: 'archive', ...(day ? { day } : {}) } },
  ] as const;
  return (
    <nav aria-label={t('tabs_label')} className="border-b border-neutral-200">
      <ul className="flex gap-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={{ pathname: basePath, query: item.query }}
              aria-current={item.key === tab ? 'page' : undefined}
              className={`inline-block border-b-2 px-4 py-2 ${item.key === tab ? 'border-sky-800 font-semibold text-sky-900' : 'border-transparent text-neutral-700 hover:text-sky-900'}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
