'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { setShowContacts } from '@/lib/people/actions';

/** On the user's own page: whether other users see their e-mail and phone. */
export function ContactsSettingForm({ showContacts }: { showContacts: boolean }) {
  const t = useTranslations('UserPage');
  const tCommon = useTranslations('Common');
  const [state, formAction] = useActionState(setShowContacts, null);
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-2 border-t border-neutral-200 pt-3">
      <div className="flex items-center gap-2">
        <input id="show-contacts" type="checkbox" name="showContacts" defaultChecked={showContacts} />
        <label htmlFor="show-contacts">{t('show_contacts_label')}</label>
      </div>
      <p className="text-sm text-neutral-600">{showContacts ? t('contacts_visible') : t('contacts_private')}</p>
      <FormMessage state={state} success={tCommon('saved')} />
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
      </div>
    </form>
  );
}
