import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { feedbackApplications, feedbackQuestions, organizations } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { visitorCommand } from '@/lib/command';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailTranslator } from '@/lib/mail/templates';
import { hitOrRefuse, limits } from '@/lib/rate-limit';
import { type FileStorage, newStorageKey } from '@/lib/storage';
import { type CheckedAttachment } from './attachment';
import { type ApplicationInput, applicationSchema, type QuestionInput, questionSchema } from './schemas';

/**
 * The citizens' forms of the Feedback tab (F-2.6): no session. Whether a form is open is the rule
 * of `can` (org.applications.submit, org.questions.ask), decided by the runner before the work
 * (applicationCommand, questionCommand). Each is rate-limited per address (lib/rate-limit.ts:
 * five sendings in 15 minutes, counted before anything is stored), and a filled honeypot field is
 * answered as if accepted while nothing is stored.
 */
export type PublicContext = { address: string | null; now?: Date };

/** The refusal past the form's limit, stating the wait. */
export const TOO_MANY = 'Feedback.too_many';

async function throttle(db: DbExecutor, form: 'application' | 'question', address: string | null, now: Date) {
  const limit = form === 'application' ? limits.feedbackApplication : limits.feedbackQuestion;
  await hitOrRefuse(db, limit, address ?? 'unknown', { messageKey: TOO_MANY }, now);
}

/** Where an application's notice goes: the confirmed applications e-mail (the rule required one). */
async function applicationsMailbox(db: DbExecutor, orgId: number) {
  const [org] = await db.select({ shortName: organizations.shortName, email: organizations.applicationsEmail }).from(organizations).where(eq(organizations.id, orgId));
  if (!org?.email) throw new ActionError('FeedbackAccess.applications_closed');
  return { shortName: org.shortName, email: org.email };
}

/**
 * Stores an application with the next number of the organisation and queues the mail to its
 * confirmed address, in one transaction; the attachment is stored first and removed again if
 * the transaction fails.
 */
export async function submitApplication(
  db: DbExecutor,
  storage: FileStorage,
  input: ApplicationInput & { attachment: CheckedAttachment | null; adminUrl: string },
  context: PublicContext,
): Promise<{ number: number | null; outboxId: number | null }> {
  const now = context.now ?? new Date();
  if (input.website) return { number: null, outboxId: null };
  const org = await applicationsMailbox(db, input.orgId);
  await throttle(db, 'application', context.address, now);

  const attachmentKey = input.attachment ? newStorageKey('applications', now) : null;
  if (input.attachment && attachmentKey) await storage.put(attachmentKey, input.attachment.bytes, { contentType: input.attachment.contentType });
  try {
    const stored = await db.transaction(async (tx) => {
      // Numbers are handed out one at a time per organisation.
      await tx.execute(sql`select pg_advisory_xact_lock(5105, ${input.orgId})`);
      const [last] = await tx.select({ max: sql<number>`coalesce(max(${feedbackApplications.number}), 0)::int` }).from(feedbackApplications).where(eq(feedbackApplications.organizationId, input.orgId));
      const number = (last?.max ?? 0) + 1;
      const [row] = await tx
        .insert(feedbackApplications)
        .values({
          organizationId: input.orgId,
          number,
          authorName: input.name,
          authorEmail: input.email,
          authorPhone: input.phone,
          subject: input.subject,
          body: input.body,
          locale: input.locale,
          attachmentKey,
          attachmentName: input.attachment?.name ?? null,
          attachmentType: input.attachment?.contentType ?? null,
          attachmentSize: input.attachment?.bytes.byteLength ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: feedbackApplications.id });
      const t = mailTranslator(input.locale);
      const outboxId = await enqueueMail(tx, {
        to: org.email,
        subject: t('application_subject', { number, subject: input.subject }),
        text: t('application_text', {
          org: org.shortName,
          number,
          name: input.name,
          email: input.email,
          phone: input.phone || '—',
          subject: input.subject,
          body: input.body,
          attachment: input.attachment?.name ?? '—',
          link: input.adminUrl,
        }),
      });
      await tx.update(feedbackApplications).set({ noticeOutboxId: outboxId }).where(eq(feedbackApplications.id, row!.id));
      return { number, outboxId };
    });
    return stored;
  } catch (error) {
    if (attachmentKey) await storage.remove(attachmentKey).catch(() => {});
    throw error;
  }
}

/** Stores a question for the organisation's staff to answer; it is not public until published. */
export async function submitQuestion(db: DbExecutor, input: QuestionInput, context: PublicContext): Promise<{ stored: boolean }> {
  const now = context.now ?? new Date();
  if (input.website) return { stored: false };
  await throttle(db, 'question', context.address, now);
  await db.insert(feedbackQuestions).values({ organizationId: input.orgId, authorName: input.name, authorEmail: input.email || null, body: input.body, locale: input.locale, createdAt: now });
  return { stored: true };
}

/** An e-application as the form's route handler runs it: the rule first, then the work. */
export function applicationCommand(deps: { storage: FileStorage; appOrigin: () => Promise<string>; context: PublicContext }) {
  return visitorCommand(applicationSchema, 'org.applications.submit', async (db, input) => {
    const adminUrl = `${await deps.appOrigin()}/${input.locale}/org/${input.orgId}/admin/feedback/applications`;
    return submitApplication(db, deps.storage, { ...input, adminUrl }, deps.context);
  }, { after: (_input, stored) => (stored.outboxId !== null ? ['mail'] : []) });
}

/** A question as the form's route handler runs it: the rule first, then the work. */
export function questionCommand(context: PublicContext) {
  return visitorCommand(questionSchema, 'org.questions.ask', (db, input) => submitQuestion(db, input, context));
}
