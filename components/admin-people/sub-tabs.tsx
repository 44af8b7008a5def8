import { Link } from '@/lib/i18n/navigation';

/** Tabs inside a People page (People / Archive, View / Data): links, the current one marked. */
export function SubTabs({ label, items }: { label: string; items: Array<{ href: string; label: string; current: boolean }> }) {
  return (
    <nav aria-label={label} className="border-b border-neutral-200">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.current ? 'page' : undefined}
          className={`inline-block border-b-2 px-4 py-2 ${item.current ? 'border-sky-800 font-semibold text-sky-900' : 'border-transparent text-neutral-700 hover:text-sky-900'}`}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
