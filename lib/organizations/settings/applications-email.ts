import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/index';
import { applicationsEmailCodes, organizations } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { recordAudit } from '@/lib/audit/record';
import type { CurrentUser } from '@/lib/auth/permissions';
import { command } from '@/lib/command';
import { locales } from '@/lib/i18n/routing';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailTranslator } from '@/lib/mail/templates';
import { hitOrRefuse, limits, reset } from '@/lib/rate-limit';
import { checkCode, CODE_TTL_MS, generateCode, hashCode, resendWait, triesLeft } from './confirmation-code';
import { emailField } from './contact-fields';
import { idField } from '@/lib/ids';

/** Settings → E-mail for applications (F-4.6). */
export const sendCodeSchema = z.object({
  orgId: idField,
  email: emailField('ApplicationsEmail.email_invalid', { required: true }),
  locale: z.enum(locales).catch('kk'),
});
export const confirmCodeSchema = z.object({
  orgId: idField,
  code: z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s/g, '') : v), z.string('required').min(1, 'required').regex(/^\d{6}$/, 'ApplicationsEmail.code_format')),
});

/**
 * Queues a new six-digit code for the address, replacing any earlier one. Refused within 60 s of
 * the last code, and for the address already confirmed. The organisation's address does not
 * change until the code is confirmed.
 */
export async function sendApplicationsEmailCode(db: DbExecutor, user: CurrentUser, input: z.infer<typeof sendCodeSchema>, now = new Date()) {
  const code = generateCode();
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ shortName: organizations.shortName, email: organizations.applicationsEmail, confirmedAt: organizations.applicationsEmailConfirmedAt })
      .from(organizations)
      .where(eq(organizations.id, input.orgId))
      .for('update');
    if (!org) throw new ActionError('forbidden');
    if (org.confirmedAt && org.email === input.email) throw new ActionError('ApplicationsEmail.already_confirmed', { email: ['ApplicationsEmail.already_confirmed'] });
    const [stored] = await tx.select().from(applicationsEmailCodes).where(eq(applicationsEmailCodes.organizationId, input.orgId));
    if (resendWait(stored ?? null, now) > 0) throw new ActionError('ApplicationsEmail.resend_wait', { email: ['ApplicationsEmail.resend_wait'] });
    const t = mailTranslator(input.locale);
    const outboxId = await enqueueMail(tx, {
      to: input.email,
      subject: t('code_subject', { org: org.shortName }),
      text: t('code_text', { org: org.shortName, code, minutes: CODE_TTL_MS / 60_000 }),
      secret: true,
    });
    const values = {
      email: input.email,
      codeHash: hashCode(input.orgId, input.email, code),
      sentAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      failedAttempts: 0,
      usedAt: null,
      outboxId,
    };
    await tx
      .insert(applicationsEmailCodes)
      .values({ organizationId: input.orgId, ...values })
      .onConflictDoUpdate({ target: applicationsEmailCodes.organizationId, set: values });
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'organization.applications_email.code_sent', entity: 'organization', entityId: input.orgId, changes: { pendingEmail: { from: stored?.email ?? null, to: input.email } } });
    return { email: input.email, sentAt: now };
  });
}

const refusal: Record<Exclude<ReturnType<typeof checkCode>, 'ok'>, string> = {
  no_code: 'ApplicationsEmail.no_code',
  used: 'ApplicationsEmail.code_used',
  expired: 'ApplicationsEmail.code_expired',
  too_many_tries: 'ApplicationsEmail.code_voided',
  wrong: 'ApplicationsEmail.code_wrong',
};

/**
 * Checks the code. A wrong try is counted (and kept: it is committed before the refusal is
 * returned); the fifth voids the code. The right one makes the address the organisation's
 * confirmed applications e-mail, once. Tries are also limited per organisation across codes
 * (lib/rate-limit.ts), counted before the code is looked at: a new code every minute would
 * otherwise give five more guesses each time.
 */
export async function confirmApplicationsEmailCode(db: DbExecutor, user: CurrentUser, input: z.infer<typeof confirmCodeSchema>, now = new Date()) {
  await hitOrRefuse(db, limits.confirmationCode, String(input.orgId), { messageKey: 'ApplicationsEmail.code_throttled', field: 'code' }, now);
  const outcome = await db.transaction(async (tx) => {
    const [stored] = await tx.select().from(applicationsEmailCodes).where(eq(applicationsEmailCodes.organizationId, input.orgId)).for('update');
    const check = checkCode(stored ?? null, input.orgId, input.code, now);
    if (check === 'wrong') {
      const failedAttempts = stored!.failedAttempts + 1;
      await tx.update(applicationsEmailCodes).set({ failedAttempts }).where(eq(applicationsEmailCodes.organizationId, input.orgId));
      return { check: triesLeft(failedAttempts) === 0 ? ('too_many_tries' as const) : check };
    }
    if (check !== 'ok') return { check };
    const [before] = await tx.select({ email: organizations.applicationsEmail }).from(organizations).where(eq(organizations.id, input.orgId));
    await tx.update(applicationsEmailCodes).set({ usedAt: now }).where(eq(applicationsEmailCodes.organizationId, input.orgId));
    await tx.update(organizations).set({ applicationsEmail: stored!.email, applicationsEmailConfirmedAt: now }).where(eq(organizations.id, input.orgId));
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'organization.applications_email.confirm', entity: 'organization', entityId: input.orgId, changes: { applicationsEmail: { from: before?.email ?? null, to: stored!.email } } });
    return { check, email: stored!.email };
  });
  if (outcome.check !== 'ok') throw new ActionError(refusal[outcome.check], { code: [refusal[outcome.check]] });
  await reset(db, limits.confirmationCode, String(input.orgId));
  return { email: outcome.email! };
}

export const sendCodeCommand = command(sendCodeSchema, 'org.settings.edit', (db, input, { user }) => sendApplicationsEmailCode(db, user, input), { after: ['mail'] });
export const confirmCodeCommand = command(confirmCodeSchema, 'org.settings.edit', (db, input, { user }) => confirmApplicationsEmailCode(db, user, input), { expires: ['feedback'] });
