'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/**
 * The printable invitation: login and one-time password, shown once. Printing shows only this
 * sheet (the rest of the page is hidden by the print style below).
 */
export function InvitationSheet({ fullName, orgName, login, password, mailed }: { fullName: string; orgName: string; login: string; password: string; mailed: boolean }) {
  const t = useTranslations('Invitation');
  const locale = useLocale();
  // Shown only after an action in the browser, so the site's own address is known here.
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const url = `${origin}/${locale}/register`;
  return (
    <div className="flex flex-col gap-3">
      <style>{`@media print { body * { visibility: hidden; } .invitation-sheet, .invitation-sheet * { visibility: visible; } .invitation-sheet { position: absolute; inset: 0 auto auto 0; width: 100%; border: none; } }`}</style>
      <section className="invitation-sheet flex flex-col gap-3 rounded-lg border-2 border-dashed border-sky-800 bg-white p-6" aria-labelledby="invitation-title" data-testid="invitation-sheet">
        <h3 id="invitation-title" className="text-lg font-semibold">
          {t('sheet_title')}
        </h3>
        <p>{t('sheet_intro', { name: fullName, organization: orgName })}</p>
        <p>{t('sheet_steps', { url })}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 font-mono text-lg">
          <dt className="font-sans text-base text-neutral-700">{t('login')}</dt>
          <dd data-testid="invitation-login">{login}</dd>
          <dt className="font-sans text-base text-neutral-700">{t('password')}</dt>
          <dd data-testid="invitation-password">{password}</dd>
        </dl>
      </section>
      <p className="text-sm text-amber-800 print:hidden">{t('shown_once')}</p>
      {mailed && <p className="text-sm text-neutral-700 print:hidden">{t('mailed')}</p>}
      <Button type="button" onClick={() => window.print()} variant="outline" className="self-start print:hidden">
        {t('print')}
      </Button>
    </div>
  );
}
