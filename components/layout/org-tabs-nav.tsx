'use client';

import { LinkTabs } from '@/components/ui/link-tabs';
import { usePathname } from '@/lib/i18n/navigation';

/** Marks the tab whose address is the longest prefix of the current one. */
export function OrgTabsNav({ label, items }: { label: string; items: Array<{ key: string; href: string; label: string }> }) {
  const pathname = usePathname();
  const active = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.key;
  return <LinkTabs label={label} tabs={items} current={active ?? ''} />;
}
