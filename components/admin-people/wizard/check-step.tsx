'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { ButtonLink } from '@/components/ui/button-link';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { useWizardCreate } from './wizard-frame';

/** Step 3: what will be created, then Create or Create and add another (result: WizardFrame). */
export function CheckStep(props: {
  orgId: number;
  draftId: string;
  locale: string;
  rows: Array<{ label: string; value: string }>;
  note: string | null;
}) {
  const t = useTranslations('PersonWizard');
  const { state, formAction } = useWizardCreate();
  const router = useRouter();
  const base = `/org/${props.orgId}/admin/people`;
  // Something stopped passing since step 2: the page then shows step 2 with the reasons.
  const failedCheck = state && !state.ok && state.messageKey === 'PersonWizard.check_failed';
  useEffect(() => {
    if (failedCheck) router.refresh();
  }, [failedCheck, router]);
  const hidden = (another: '0' | '1') => (
    <>
      <input type="hidden" name="orgId" value={props.orgId} />
      <input type="hidden" name="draftId" value={props.draftId} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="another" value={another} />
    </>
  );
  return (
    <div className="flex flex-col gap-4">
      <p>{t('check_intro')}</p>
      {props.note && <p className="rounded border border-sky-200 bg-sky-50 px-3 py-2">{props.note}</p>}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="wizard-summary">
        {props.rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-sm text-neutral-600">{row.label}</dt>
            <dd className="font-medium">{row.value}</dd>
          </div>
        ))}
      </dl>
      {state && !state.ok && <FormMessage state={state} />}
      <div className="flex flex-wrap items-center gap-3">
        <ButtonLink href={`${base}/new?draft=${props.draftId}&step=2`} variant="secondary">
          ‹ {t('back')}
        </ButtonLink>
        <form action={formAction}>
          {hidden('0')}
          <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
        </form>
        <form action={formAction}>
          {hidden('1')}
          <SubmitButton pendingLabel={t('creating')}>{t('create_another')}</SubmitButton>
        </form>
      </div>
    </div>
  );
}
