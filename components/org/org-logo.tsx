import { logoUrl } from '@/lib/organizations/settings/logo-url';

/**
 * The organisation's logo beside its name (F-4.2), or its first letter when it has none. The
 * stored image fits 150×150; here it is shown smaller. Decorative: the name follows it.
 */
export function OrgLogo({ orgId, shortName, logoKey }: { orgId: number; shortName: string; logoKey: string | null }) {
  const src = logoUrl(orgId, logoKey);
  if (src) {
    // A small PNG served by /api/logo, already scaled by sharp: next/image would only resize it again.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={src} alt="" width={64} height={64} className="hidden h-16 w-16 shrink-0 rounded-lg object-contain sm:block" data-testid="org-logo" />;
  }
  return (
    <div aria-hidden="true" className="org-initial">
      {shortName.slice(0, 1)}
    </div>
  );
}
