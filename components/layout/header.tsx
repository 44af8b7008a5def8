import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { can, primaryMembership, type SignedInUser } from '@/lib/auth/permissions';
import { InboxLink } from '@/components/notifications/inbox-link';
import { NavLink } from '@/components/ui/nav-link';
import { HeaderBar } from './header-bar';
import { LanguageSwitch } from './language-switch';
import { OrganizationMenu } from './organization-menu';
import { SignOutButton } from './sign-out-button';

export async function Header({ user }: { user: SignedInUser | null }) {
  const t = await getTranslations('Header');
  const tRoles = await getTranslations('Roles');
  const primary = user ? primaryMembership(user) : undefined;
  // The position under the name, as in the guide ("Омарханова А.С. Қызметкер"): the role held, not the extra rights.
  const roleLabel = primary ? tRoles(primary.role) : null;
  // Menu items the user cannot open are not offered (a teacher's "Reports" was a 404).
  // Read with the user (lib/auth/load-current-user.ts): the menu costs no query of its own.
  const primaryOrg = (primary && user?.memberOrganizations.find((org) => org.id === primary.organizationId)) || null;
  const showReports = primaryOrg !== null && can(user, 'org.reports.view', primaryOrg);
  return (
    <HeaderBar
      skipLabel={t('skip_to_content')}
      home={
        <NavLink href="/" className="mr-2 text-lg font-bold tracking-tight">
          {t('home')}
        </NavLink>
      }
    >
      {primary && <OrganizationMenu orgId={primary.organizationId} show={{ reports: showReports }} />}
      <div className="ml-auto flex flex-wrap items-center gap-2">
        <Suspense>
          <LanguageSwitch />
        </Suspense>
        <NavLink href="/help" className="header-link">
          {t('help')}
        </NavLink>
        {user ? (
          <>
            <InboxLink unread={user.unreadNotifications} />
            <NavLink href={`/users/${user.id}`} className="header-user" data-testid="current-user">
              <span className="text-sm font-semibold">{user.fullName}</span>
              {roleLabel && <span className="text-xs text-sky-100">{roleLabel}</span>}
            </NavLink>
            <SignOutButton />
          </>
        ) : (
          <NavLink href="/sign-in" className="header-link">
            {t('sign_in')}
          </NavLink>
        )}
      </div>
    </HeaderBar>
  );
}
