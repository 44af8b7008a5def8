import { getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';

/** "Back to the Register of institutions" under a register form. */
export async function BackToRegister({ orgId }: { orgId: number }) {
  const [t, tSettings] = await Promise.all([getTranslations('InstitutionRegisterPage'), getTranslations('Settings')]);
  return (
    <p className="text-sm">
      <NavLink href={`/org/${orgId}/admin/settings/register`} className="text-sky-800 underline">
        {t('back_to_register', { section: tSettings('nav.register') })}
      </NavLink>
    </p>
  );
}
