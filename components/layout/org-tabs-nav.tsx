'use client';

import { LinkTabs } from '@/components/ui/link-tabs';
import { usePathname } from '@/lib/i18n/navigation';

/** Marks the tab whose address is the longest prefix of the current one. */
export function OrgTabsNav({ label, items }: { label: string; items: Array<{ key: string; href: string; label: string }> }) {
  const pathname = usePathname();
  // The Page tab's address is a prefix of every other: it is active on its own pages only
  // (news, wall, interactive pages), not on Administration or a tab it does not own.
  const pageOwned = /^\/org\/\d+(\/(news|wall|pages)(\/.*)?)?$|^\/site\/\d+(\/(news|pages)(\/.*)?)?$/;
  const active = items
    .filter((item) => (item.key === 'page' ? pageOwned.test(pathname) : pathname === item.href || pathname.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.key;
  return <LinkTabs label={label} tabs={items} current={active ?? ''} />;
}
