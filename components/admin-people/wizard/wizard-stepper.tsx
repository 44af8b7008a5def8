import { getTranslations } from 'next-intl/server';

/** "1. Method → 2. Adding the person → 3. Checking the data", the current step marked. */
export async function WizardStepper({ step }: { step: number }) {
  const t = await getTranslations('PersonWizard');
  const steps = [t('step_method'), t('step_data'), t('step_check')];
  return (
    <ol aria-label={t('steps_label')} className="flex flex-wrap items-center gap-2 text-sm">
      {steps.map((label, i) => (
        <li key={label} aria-current={i + 1 === step ? 'step' : undefined} className="flex items-center gap-2">
          {i > 0 && <span aria-hidden="true">→</span>}
          <span className={i + 1 === step ? 'rounded bg-sky-800 px-2 py-1 font-semibold text-white' : 'px-2 py-1 text-neutral-600'}>
            {i + 1}. {label}
          </span>
        </li>
      ))}
    </ol>
  );
}
