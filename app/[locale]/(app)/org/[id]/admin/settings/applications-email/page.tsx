import { getTranslations } from 'next-intl/server';
import { getOrgAuth } from '@/lib/auth/current-user';
import { NavLink } from '@/components/ui/nav-link';
import { notFound } from 'next/navigation';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { MailStateNote } from '@/components/admin/mail-state';
import { ApplicationsEmailForms } from '@/components/settings/applications-email-form';
import { mailServiceConfigured } from '@/lib/mail/config';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { confirmApplicationsEmailAction, sendApplicationsEmailCodeAction } from '@/lib/organizations/settings/applications-email-actions';
import { getOrganizationSettings, getPendingApplicationsEmail } from '@/lib/organizations/settings/queries';
import { formatDateTime } from '@/lib/time/format';

/** Settings → E-mail for applications (F-4.6): the address citizens' applications are mailed to. */
export default async function ApplicationsEmailPage({ params }: { params: AdminPageParams }) {
  const { org, locale } = await adminPageContext(params, 'settings/applications-email', 'org.settings.edit');
  const [settings, pending, orgAuth] = await Promise.all([getOrganizationSettings({ orgId: org.id }), getPendingApplicationsEmail({ orgId: org.id }), getOrgAuth(org.id)]);
  if (!settings) notFound();
  const [t, tSettings] = await Promise.all([getTranslations('ApplicationsEmail'), getTranslations('Settings')]);
  const confirmed = settings.applicationsEmailConfirmedAt !== null && settings.applicationsEmail !== null;
  return (
    <AdminShell org={org} block="settings" current="applications-email" title={tSettings('nav.applications_email')} intro={t('intro')}>
      <div className="max-w-3xl card" data-testid="applications-email-state">
        {confirmed ? (
          <>
            <p>
              {t('confirmed_address', { email: settings.applicationsEmail!, at: formatDateTime(settings.applicationsEmailConfirmedAt!, locale, org.timeZone) })}
            </p>
            {/* The confirmed address does not switch e-applications on by itself: say where that is done. */}
            {!(orgAuth?.functions.feedback.enabled && orgAuth.functions.feedback.applications) && (
              <p className="mt-2 text-sm" data-testid="applications-switch-hint">
                {t('switch_on_hint')}{' '}
                <NavLink href={`/org/${org.id}/admin/settings/functions`} className="text-sky-800 underline">
                  {tSettings('nav.functions')}
                </NavLink>
              </p>
            )}
          </>
        ) : (
          <p className="text-amber-900">{t('unconfirmed')}</p>
        )}
        {pending && (
          <p className="mt-2 text-sm text-neutral-700">
            {t('pending', { email: pending.email, at: formatDateTime(pending.sentAt, locale, org.timeZone), until: formatDateTime(pending.expiresAt, locale, org.timeZone) })}{' '}
            <MailStateNote mail={pending.mail} locale={locale} timeZone={org.timeZone} configured={mailServiceConfigured()} />
          </p>
        )}
      </div>
      <ApplicationsEmailForms
        orgId={org.id}
        sendAction={sendApplicationsEmailCodeAction}
        confirmAction={confirmApplicationsEmailAction}
        pendingEmail={pending?.email ?? null}
        initialEmail={pending?.email ?? settings.applicationsEmail ?? ''}
      />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
