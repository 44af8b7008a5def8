import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { FieldsForm } from '@/components/admin/fields-form';
import { EmptyState } from '@/components/content/section';
import { ReceptionHourForm } from '@/components/feedback/reception-hour-form';
import { ReceptionSchedule } from '@/components/feedback/reception-schedule';
import { ActionButton } from '@/components/forum/action-button';
import { addReceptionHourAction, deleteReceptionHourAction, saveReceptionRulesAction } from '@/lib/feedback/actions';
import { getFeedbackSettings, getReceptionHours } from '@/lib/feedback/queries';
import { FEEDBACK_LIMITS } from '@/lib/feedback/schemas';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';

/** Administration → Feedback → Personal reception (F-5): rules and the weekly schedule. */
export default async function ReceptionAdminPage({ params }: { params: AdminPageParams }) {
  const { org } = await adminPageContext(params, 'feedback/reception', 'org.settings.edit');
  const [settings, hours] = await Promise.all([getFeedbackSettings({ orgId: org.id }), getReceptionHours({ orgId: org.id })]);
  const [t, tFeedback, tCommon] = await Promise.all([getTranslations('FeedbackAdmin'), getTranslations('Feedback'), getTranslations('Common')]);
  return (
    <AdminShell org={org} block="feedback" current="reception" title={t('nav.reception')} intro={t('reception_intro')}>
      <FieldsForm
        action={saveReceptionRulesAction}
        hidden={{ orgId: org.id }}
        testId="reception-rules-form"
        fields={[{ name: 'rules', label: t('rules'), value: settings.receptionRules, multiline: true, rows: 6, maxLength: FEEDBACK_LIMITS.rules }]}
      />
      <section aria-labelledby="schedule-heading" className="max-w-3xl card">
        <h3 id="schedule-heading" className="mb-3 font-semibold">
          {tFeedback('schedule')}
        </h3>
        {hours.length === 0 ? (
          <EmptyState>{t('no_hours')}</EmptyState>
        ) : (
          <ReceptionSchedule
            hours={hours}
            testId="admin-reception-schedule"
            actionsLabel={t('actions')}
            actions={(hour) => (
              <ActionButton
                action={deleteReceptionHourAction}
                fields={{ orgId: org.id, hourId: hour.id }}
                label={tCommon('yes_delete')}
                confirm={{ trigger: tCommon('delete'), title: t('delete_hour_title'), text: t('delete_hour_text', { receiver: hour.receiver }), cancel: tCommon('cancel') }}
              />
            )}
          />
        )}
      </section>
      <div className="max-w-3xl">
        <ReceptionHourForm action={addReceptionHourAction} orgId={org.id} />
      </div>
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
