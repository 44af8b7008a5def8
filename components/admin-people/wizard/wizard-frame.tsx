'use client';

import { useTranslations } from 'next-intl';
import { createContext, type ReactNode, useContext } from 'react';
import { Link } from '@/lib/i18n/navigation';
import type { CreatedPerson } from '@/lib/people/wizard/plan';
import { createPerson } from '@/lib/people/wizard/actions';
import { InvitationSheet } from '../invitation-sheet';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/action-core';
import { MethodStep } from './method-step';

type CreateState = ActionResult<CreatedPerson & { another: boolean }>;
type CreateContext = { state: CreateState | null; formAction: (formData: FormData) => void };

const WizardCreateContext = createContext<CreateContext | null>(null);

export function useWizardCreate(): CreateContext {
  const context = useContext(WizardCreateContext);
  if (!context) throw new Error('useWizardCreate outside WizardFrame');
  return context;
}

/**
 * Holds Create's result above the steps. Create refreshes the page (the public site's cache is
 * updated), the consumed draft then renders as step 1, and the one-time password must survive
 * that: it lives here, not in the step that sent the form. Keyed by the draft id in the page.
 */
export function WizardFrame({ orgId, orgName, children }: { orgId: number; orgName: string; children: ReactNode }) {
  const t = useTranslations('PersonWizard');
  const { state, formAction } = useFormAction(createPerson, { keepOnSuccess: true, holdSuccess: true });
  const base = `/org/${orgId}/admin/people`;
  if (!state?.ok) return <WizardCreateContext.Provider value={{ state, formAction }}>{children}</WizardCreateContext.Provider>;
  const created = state.data;
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-800">
        {t('created', { name: created.fullName })}
        {!created.invitation &&
          ` ${created.invitedBy ? t('created_invited_by_home', { name: created.fullName, organization: created.invitedBy.shortName }) : t('created_no_invitation', { name: created.fullName })}`}
      </p>
      {created.invitation && <InvitationSheet fullName={created.fullName} orgName={orgName} {...created.invitation} mailed={created.mailed} />}
      {created.another ? (
        <section aria-labelledby="next-person" className="flex flex-col gap-3 border-t border-neutral-200 pt-4 print:hidden">
          <h3 id="next-person" className="font-semibold">
            {t('add_next')}
          </h3>
          <MethodStep orgId={orgId} draftId={null} method={null} />
        </section>
      ) : (
        <div className="flex gap-4 print:hidden">
          <Link href={`${base}/${created.personId}`} className="text-sky-800 underline">
            {t('open_person')}
          </Link>
          <Link href={base} className="text-sky-800 underline">
            {t('or_back_to_list')}
          </Link>
        </div>
      )}
    </div>
  );
}
