import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { primaryMembership } from '@/lib/auth/permissions';
import { NavLink } from '@/components/ui/nav-link';
import { redirect } from '@/lib/i18n/navigation';

/** Start page: the user's organisation, or sign-in. */
export default async function HomePage() {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/sign-in', locale });
  const primary = primaryMembership(user);
  if (primary) return redirect({ href: `/org/${primary.organizationId}`, locale });
  const t = await getTranslations('Home');
  return (
    <div className="rounded-lg bg-white p-6 shadow-sm">
      <p>{t('no_organization')}</p>
      <NavLink href={`/users/${user.id}`} className="mt-4 inline-block text-sky-800 underline">
        {t('personal_page')}
      </NavLink>
    </div>
  );
}
