import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PeopleHeader } from '@/components/admin-people/people-header';
import { CheckStep } from '@/components/admin-people/wizard/check-step';
import { DetailsStep } from '@/components/admin-people/wizard/details-step';
import { MethodStep } from '@/components/admin-people/wizard/method-step';
import { WizardFrame } from '@/components/admin-people/wizard/wizard-frame';
import { WizardStepper } from '@/components/admin-people/wizard/wizard-stepper';
import { getDb } from '@/db';
import { requirePeopleAdmin } from '@/lib/people/admin/context';
import { rolesForKind } from '@/lib/people/roles';
import { planFromDraft, type WizardPlan } from '@/lib/people/wizard/plan';
import { loadDraft } from '@/lib/people/wizard/drafts';
import { formatDate } from '@/lib/time/format';
import { addDaysTo, todayIn } from '@/lib/time/calendar-date';
import { single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('PersonWizard');
  return { title: t('title') };
}

/**
 * The add-person wizard (F-3.2). The draft id and step ride in the URL, the typed data in the
 * draft, so Back and a reload keep both; a step not reached yet shows the furthest one reached.
 */
export default async function NewPersonPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const { org, user } = await requirePeopleAdmin(id, locale, '/new');
  const t = await getTranslations('PersonWizard');
  const tRoles = await getTranslations('Roles');
  const db = getDb();
  const draftParam = single(query.draft) ?? '';
  const draft = draftParam ? await loadDraft(db, { draftId: draftParam, userId: user.id, orgId: org.id }) : null;
  const today = todayIn(org.timeZone);
  let step = draft ? Math.min(Math.max(Number.parseInt(single(query.step) ?? '', 10) || 1, 1), draft.step) : 1;
  let plan: WizardPlan | null = null;
  let initialErrors: Record<string, string[]> | undefined;
  if (draft && step === 3) {
    // Step 3 is shown only for data that passes now; otherwise step 2 with the reasons.
    const outcome = await planFromDraft(db, { org, data: draft.data, today });
    if (outcome.status === 'ok') plan = outcome.plan;
    else {
      step = 2;
      initialErrors = outcome.status === 'invalid' ? outcome.fieldErrors : { iin: ['PersonWizard.iin_exists'] };
    }
  }
  const roles = rolesForKind(org.kind).map((r) => ({ value: r, label: tRoles(r) }));
  const date = (value: string | null) => (value ? formatDate(value, locale, org.timeZone) : '—');
  return (
    <div className="flex flex-col gap-4">
      <PeopleHeader orgId={org.id} orgName={org.shortName} title={t('title')} trail={[{ label: t('title') }]} />
      <div className="card">
        <WizardFrame key={draftParam} orgId={org.id} orgName={org.shortName}>
        <div className="flex flex-col gap-5">
            <WizardStepper step={step} />
            {draftParam && !draft && (
              <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
                {t('draft_gone')}
              </p>
            )}
            {step === 1 && <MethodStep orgId={org.id} draftId={draft?.id ?? null} method={draft?.data.method ?? null} />}
            {step === 2 && draft && (
              <DetailsStep
                key={draft.data.method}
                orgId={org.id}
                draftId={draft.id}
                method={draft.data.method}
                roles={roles}
                values={draft.data.values}
                initialErrors={initialErrors}
                maxDate={addDaysTo(today, 365)}
              />
            )}
            {step === 3 && draft && plan && (
              <CheckStep
                orgId={org.id}
                draftId={draft.id}
                locale={locale}
                note={plan.kind === 'new' ? null : plan.via === 'iin' ? t('check_existing_person') : t('check_existing_user')}
                rows={
                  plan.kind === 'new'
                    ? [
                        { label: t('role'), value: tRoles(plan.values.role) },
                        { label: t('arrival_date'), value: date(plan.values.arrivalDate) },
                        { label: t('surname'), value: plan.values.surname },
                        { label: t('name'), value: plan.values.name },
                        { label: t('patronymic'), value: plan.values.patronymic ?? '—' },
                        { label: t('birth_date'), value: date(plan.values.birthDate) },
                        { label: t('sex'), value: t(plan.values.sex) },
                        { label: t('iin'), value: plan.values.iin },
                        { label: t('email'), value: plan.values.email ?? '—' },
                        { label: t('phone'), value: plan.values.phone ?? '—' },
                      ]
                    : [
                        { label: t('role'), value: tRoles(plan.role) },
                        { label: t('arrival_date'), value: date(plan.arrivalDate) },
                        { label: t('personal_data'), value: [plan.person.surname, plan.person.name, plan.person.patronymic].filter(Boolean).join(' ') },
                        { label: t('birth_date'), value: date(plan.person.birthDate) },
                        ...(plan.via === 'user' ? [{ label: t('account'), value: draft.data.values.account ?? '' }] : []),
                      ]
                }
              />
            )}
        </div>
        </WizardFrame>
      </div>
    </div>
  );
}
