import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { AudienceStepForm } from '@/components/notifications/audience-step-form';
import { CheckSummary } from '@/components/notifications/check-summary';
import { ContentStepForm } from '@/components/notifications/content-step-form';
import { PublishForm } from '@/components/notifications/publish-form';
import { type WizardStep, WizardSteps } from '@/components/notifications/wizard-steps';
import { redirect } from '@/lib/i18n/navigation';
import { publishAction, saveAudienceAction, saveContentAction } from '@/lib/notifications/actions';
import { reachOf } from '@/lib/notifications/audience';
import { getAudienceMasks, getDraft, getPublishedFromDraft, requireNotificationsManage } from '@/lib/notifications/queries';
import { single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotificationWizard');
  return { title: t('title') };
}

/**
 * The create wizard (admins and editors of the authority): Message → Audience → Check →
 * Publish. Each step's state is a server-side draft named in the address (?draft=…&step=…), so
 * Back, a reload or a link lose nothing; a step not reached yet falls back to the last one open.
 */
export default async function NewNotificationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const { org, user, today } = await requireNotificationsManage(id, locale);
  const basePath = `/org/${org.id}/notifications`;
  const draftParam = single(query.draft) ?? '';
  const draft = draftParam ? await getDraft(draftParam, { userId: user.id, orgId: org.id }) : null;
  if (draftParam && !draft) {
    // Back after Publish: the draft became this notification.
    const published = await getPublishedFromDraft(org.id, draftParam);
    if (published) redirect({ href: `${basePath}/${published}`, locale: await getLocale() });
  }
  const requested = single(query.step);
  const step: WizardStep = draft && requested === 'check' && draft.step >= 3 ? 'check' : draft && requested === 'audience' && draft.step >= 2 ? 'audience' : 'content';
  const t = await getTranslations('NotificationWizard');
  const tList = await getTranslations('Notifications');
  const masks = step === 'content' ? [] : await getAudienceMasks(org.id);
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tList('title'), href: basePath }, { label: t('title') }]} />
      <FormCard id="notification-wizard-heading" title={t('title')} wide>
        <WizardSteps current={step} />
        {draftParam && !draft && (
          <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t('draft_gone')}
          </p>
        )}
        {step === 'content' && <ContentStepForm action={saveContentAction} orgId={org.id} draftId={draft?.id ?? null} initial={draft?.content ?? null} today={today} basePath={basePath} />}
        {step === 'audience' && draft && <AudienceStepForm action={saveAudienceAction} orgId={org.id} draftId={draft.id} initial={draft.audience} masks={masks} basePath={basePath} />}
        {step === 'check' && draft && (
          <div className="flex flex-col gap-4">
            <p>{t('check_intro')}</p>
            <CheckSummary draft={draft} reach={reachOf(masks, draft.audience)} today={today} editContentHref={`${basePath}/new?draft=${draft.id}`} editAudienceHref={`${basePath}/new?draft=${draft.id}&step=audience`} />
            <PublishForm action={publishAction} orgId={org.id} draftId={draft.id} basePath={basePath} />
          </div>
        )}
      </FormCard>
    </>
  );
}
