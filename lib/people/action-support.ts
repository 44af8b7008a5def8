import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { DbExecutor } from '@/db';
import { ActionError } from '@/lib/action-core';
import { locales, type Locale } from '@/lib/i18n/routing';
import { todayIn } from '@/lib/time/calendar-date';
import { orgBasics, type OrgBasics } from './lookups';
import type { InvitationMail } from './wizard/plan';

/** Pieces the People actions share: the organisation, its "today", the invitation mail's text. */

/** Forms send the page's locale, so mail goes out in the language the admin works in. */
export const localeField = z.enum(locales).catch('kk');

export async function orgForAction(db: DbExecutor, orgId: number): Promise<OrgBasics & { today: string }> {
  const org = await orgBasics(db, orgId);
  if (!org) throw new ActionError('forbidden');
  return { ...org, today: todayIn(org.timeZone) };
}

/** The invitation mail, written in `locale`; its link points at /{locale}/register. */
export async function invitationMailIn(locale: Locale, orgName: string): Promise<InvitationMail> {
  const t = await getTranslations({ locale, namespace: 'Invitation' });
  const base = process.env.NEXTAUTH_URL ?? '';
  return ({ to, fullName, login, password }) => ({
    to,
    subject: t('mail_subject', { organization: orgName }),
    text: t('mail_text', { name: fullName, organization: orgName, login, password, url: `${base}/${locale}/register` }),
    secret: true,
  });
}
