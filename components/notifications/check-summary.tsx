import { getLocale, getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';
import { formatNumber } from '@/lib/i18n/numbers';
import type { NotificationDraft } from '@/lib/notifications/wizard-draft';
import { audienceLines, readByText, withDynamicKeys } from './labels';

/** Step 3: the message as it will go out (text as text), its audience and reach, with links back. */
export async function CheckSummary({
  draft,
  reach,
  today,
  editContentHref,
  editAudienceHref,
}: {
  draft: NotificationDraft;
  reach: number;
  today: string;
  editContentHref: string;
  editAudienceHref: string;
}) {
  const t = await getTranslations('Notifications');
  const tWizard = await getTranslations('NotificationWizard');
  const locale = await getLocale();
  const translate = withDynamicKeys(t);
  return (
    <div className="rounded border border-neutral-200 p-4" data-testid="check-summary">
      <dl className="grid gap-x-4 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-neutral-700">{tWizard('field_title')}</dt>
        <dd className="break-words">{draft.content.title}</dd>
        <dt className="font-medium text-neutral-700">{tWizard('field_text')}</dt>
        <dd className="whitespace-pre-wrap break-words">{draft.content.body}</dd>
        <dt className="font-medium text-neutral-700">{t('read_by')}</dt>
        <dd>{readByText(translate, draft.content.readBy, today, locale)}</dd>
        <dt className="font-medium text-neutral-700">{t('audience')}</dt>
        <dd>
          {audienceLines(translate, draft.audience).map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
          <span className="mt-1 block font-semibold" data-testid="check-reach">
            {tWizard('reach', { count: reach, countText: formatNumber(reach, locale) })}
          </span>
        </dd>
      </dl>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <NavLink href={editContentHref} className="text-sky-800 underline">
          {tWizard('edit_content')}
        </NavLink>
        <NavLink href={editAudienceHref} className="text-sky-800 underline">
          {tWizard('edit_audience')}
        </NavLink>
      </p>
    </div>
  );
}
