import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { FieldsForm } from '@/components/admin/fields-form';
import { saveFeedbackContactsAction } from '@/lib/feedback/actions';
import { getFeedbackSettings } from '@/lib/feedback/queries';
import { NavLink } from '@/components/ui/nav-link';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { CONTACT_LIMITS } from '@/lib/organizations/settings/contact-fields';
import { getOrganizationSettings } from '@/lib/organizations/settings/queries';

/** Administration → Feedback → Contacts for citizens' applications (F-5), admins only. */
export default async function FeedbackContactsPage({ params }: { params: AdminPageParams }) {
  const { org } = await adminPageContext(params, 'feedback/contacts', 'org.settings.edit');
  const [values, settings] = await Promise.all([getFeedbackSettings({ orgId: org.id }), getOrganizationSettings({ orgId: org.id })]);
  const [t, tFeedback] = await Promise.all([getTranslations('FeedbackAdmin'), getTranslations('Feedback')]);
  const confirmed = settings?.applicationsEmailConfirmedAt ? settings.applicationsEmail : null;
  return (
    <AdminShell org={org} block="feedback" current="contacts" title={t('nav.contacts')} intro={t('contacts_intro')}>
      <FieldsForm
        action={saveFeedbackContactsAction}
        hidden={{ orgId: org.id }}
        testId="feedback-contacts-form"
        fields={[
          { name: 'address', label: tFeedback('contact_address'), value: values.address, maxLength: CONTACT_LIMITS.address, hint: t('fallback_hint') },
          { name: 'phones', label: tFeedback('contact_phones'), value: values.phones, type: 'tel', maxLength: CONTACT_LIMITS.phones },
          { name: 'email', label: tFeedback('contact_email'), value: values.email, type: 'email', maxLength: CONTACT_LIMITS.email },
          { name: 'website', label: tFeedback('contact_website'), value: values.website, type: 'url', maxLength: CONTACT_LIMITS.website },
        ]}
      />
      <p className="max-w-3xl text-sm text-neutral-700">
        {confirmed ? t('applications_go_to', { email: confirmed }) : t('applications_no_email')}{' '}
        <NavLink href={`/org/${org.id}/admin/settings/applications-email`} className="text-sky-800 underline">
          {t('applications_email_link')}
        </NavLink>
      </p>
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
