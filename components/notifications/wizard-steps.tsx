import { getTranslations } from 'next-intl/server';

export const WIZARD_STEPS = ['content', 'audience', 'check'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Where the author is: Message → Audience → Check. */
export async function WizardSteps({ current }: { current: WizardStep }) {
  const t = await getTranslations('NotificationWizard');
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label={t('steps_label')} className="mb-4">
      <ol className="flex flex-wrap gap-2 text-sm">
        {WIZARD_STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === index ? 'step' : undefined}
            className={`rounded-full px-3 py-1 ${i === index ? 'bg-sky-800 font-semibold text-white' : i < index ? 'bg-sky-100 text-sky-900' : 'bg-neutral-100 text-neutral-600'}`}
          >
            {i + 1}. {t(`step_${step}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
