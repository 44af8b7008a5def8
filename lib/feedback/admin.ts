import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor, DbTransaction } from '@/db';
import { feedbackApplications, feedbackQuestions, feedbackSettings, organizations, receptionHours } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { changesBetween, created, deleted, recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { toLocale } from '@/lib/i18n/routing';
import { enqueueMail } from '@/lib/mail/outbox';
import { sendAgain } from '@/lib/mail/sender';
import { mailTranslator } from '@/lib/mail/templates';
import {
  answerQuestionSchema,
  applicationStatusSchema,
  feedbackContactsSchema,
  questionStateSchema,
  receptionHourDeleteSchema,
  receptionHourSchema,
  receptionRulesSchema,
  replyApplicationSchema,
  resendApplicationMailSchema,
} from './schemas';

/**
 * Administration → Feedback (F-5). Contacts, reception and applications (citizens' personal data)
 * are for admins; questions and answers for admins and moderators, as the roles table says.
 */

async function saveSettings(db: DbExecutor, userId: number, orgId: number, action: string, values: Partial<typeof feedbackSettings.$inferInsert>) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(feedbackSettings).where(eq(feedbackSettings.organizationId, orgId)).for('update');
    const changes = changesBetween((before ?? { address: '', phones: '', email: '', website: '', receptionRules: '' }) as Record<string, unknown>, values as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return { changed: 0 };
    await tx
      .insert(feedbackSettings)
      .values({ organizationId: orgId, ...values })
      .onConflictDoUpdate({ target: feedbackSettings.organizationId, set: { ...values, updatedAt: new Date() } });
    await recordAudit(tx, { actorUserId: userId, organizationId: orgId, action, entity: 'feedback_settings', entityId: orgId, changes });
    return { changed: Object.keys(changes).length };
  });
}

/** The public Feedback tab shows contacts, reception hours and published answers. */
const feedbackTab = { expires: ['feedback' as const] };
/** Applications are never public: nothing to expire; the reply's mail goes out at once. */
const mailAndRefresh = { after: ['mail' as const, 'refresh' as const] };

export const saveFeedbackContacts = command(feedbackContactsSchema, 'org.settings.edit', (db, { orgId, ...values }, { user }) =>
  saveSettings(db, user.id, orgId, 'feedback.contacts.update', values), feedbackTab);

export const saveReceptionRules = command(receptionRulesSchema, 'org.settings.edit', (db, input, { user }) =>
  saveSettings(db, user.id, input.orgId, 'feedback.reception_rules.update', { receptionRules: input.rules }), feedbackTab);

export const addReceptionHour = command(receptionHourSchema, 'org.settings.edit', async (db, { orgId, ...values }, { user }) =>
  db.transaction(async (tx) => {
    const [row] = await tx.insert(receptionHours).values({ organizationId: orgId, ...values }).returning({ id: receptionHours.id });
    await recordAudit(tx, { actorUserId: user.id, organizationId: orgId, action: 'reception_hour.create', entity: 'reception_hour', entityId: row!.id, changes: created(values) });
    return { id: row!.id };
  }), feedbackTab);

export const deleteReceptionHour = command(receptionHourDeleteSchema, 'org.settings.edit', async (db, input, { user }) =>
  db.transaction(async (tx) => {
    const [row] = await tx.delete(receptionHours).where(and(eq(receptionHours.id, input.hourId), eq(receptionHours.organizationId, input.orgId))).returning();
    if (!row) throw new ActionError('FeedbackAdmin.not_found');
    const { weekday, startsAt, endsAt, receiver, place } = row;
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'reception_hour.delete', entity: 'reception_hour', entityId: row.id, changes: deleted({ weekday, startsAt, endsAt, receiver, place }) });
    return { id: row.id };
  }), feedbackTab);

async function lockQuestion(tx: DbTransaction, orgId: number, questionId: number) {
  const [question] = await tx.select().from(feedbackQuestions).where(and(eq(feedbackQuestions.id, questionId), eq(feedbackQuestions.organizationId, orgId))).for('update');
  if (!question) throw new ActionError('FeedbackAdmin.not_found');
  return question;
}

async function mailAnswer(tx: DbTransaction, orgId: number, question: typeof feedbackQuestions.$inferSelect, answer: string): Promise<number> {
  const [org] = await tx.select({ shortName: organizations.shortName }).from(organizations).where(eq(organizations.id, orgId));
  const t = mailTranslator(toLocale(question.locale));
  return enqueueMail(tx, {
    to: question.authorEmail!,
    subject: t('question_answer_subject', { org: org?.shortName ?? '' }),
    text: t('question_answer_text', { name: question.authorName, question: question.body, answer }),
  });
}

export const answerQuestion = command(answerQuestionSchema, 'org.feedback.manage', async (db, input, { user }) =>
  db.transaction(async (tx) => {
    const before = await lockQuestion(tx, input.orgId, input.questionId);
    const values = { answer: input.answer, status: 'answered' as const, published: input.publish, answeredAt: new Date(), answeredByUserId: user.id };
    // The asker who left an address gets the first answer by mail, in the language they asked in;
    // later edits of the answer are not mailed again.
    const answerOutboxId = before.answer === null && before.authorEmail ? await mailAnswer(tx, input.orgId, before, input.answer) : before.answerOutboxId;
    await tx.update(feedbackQuestions).set({ ...values, answerOutboxId }).where(eq(feedbackQuestions.id, before.id));
    const { answer, status, published } = values;
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'question.answer', entity: 'feedback_question', entityId: before.id, changes: changesBetween(before, { answer, status, published }) });
    return { id: before.id };
  }), feedbackTab);

export const changeQuestionState = command(questionStateSchema, 'org.feedback.manage', async (db, input, { user }) =>
  db.transaction(async (tx) => {
    const before = await lockQuestion(tx, input.orgId, input.questionId);
    const answered = before.answer !== null;
    if ((input.change === 'publish' || input.change === 'unpublish') && (!answered || before.status === 'hidden')) throw new ActionError('FeedbackAdmin.answer_first');
    const values =
      input.change === 'publish'
        ? { published: true }
        : input.change === 'unpublish'
          ? { published: false }
          : input.change === 'hide'
            ? { status: 'hidden' as const, published: false }
            : { status: answered ? ('answered' as const) : ('new' as const) };
    const changes = changesBetween(before, values);
    if (Object.keys(changes).length === 0) return { id: before.id };
    await tx.update(feedbackQuestions).set(values).where(eq(feedbackQuestions.id, before.id));
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: `question.${input.change}`, entity: 'feedback_question', entityId: before.id, changes });
    return { id: before.id };
  }), feedbackTab);

export const setApplicationStatus = command(applicationStatusSchema, 'org.settings.edit', async (db, input, { user }) =>
  db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: feedbackApplications.id, status: feedbackApplications.status })
      .from(feedbackApplications)
      .where(and(eq(feedbackApplications.id, input.applicationId), eq(feedbackApplications.organizationId, input.orgId)))
      .for('update');
    if (!before) throw new ActionError('FeedbackAdmin.not_found');
    if (before.status === input.status) return { id: before.id };
    await tx.update(feedbackApplications).set({ status: input.status, updatedAt: new Date() }).where(eq(feedbackApplications.id, before.id));
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'application.status', entity: 'feedback_application', entityId: before.id, changes: { status: { from: before.status, to: input.status } } });
    return { id: before.id };
  }), { after: ['refresh'] });

/** Mails the reply to the citizen (in the language they wrote in) and marks the application answered. */
export const replyToApplication = command(replyApplicationSchema, 'org.settings.edit', async (db, input, { user }) =>
  db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(feedbackApplications)
      .where(and(eq(feedbackApplications.id, input.applicationId), eq(feedbackApplications.organizationId, input.orgId)))
      .for('update');
    if (!application) throw new ActionError('FeedbackAdmin.not_found');
    const t = mailTranslator(toLocale(application.locale));
    const outboxId = await enqueueMail(tx, {
      to: application.authorEmail,
      subject: t('reply_subject', { number: application.number }),
      text: t('reply_text', { name: application.authorName, number: application.number, subject: application.subject, reply: input.reply }),
    });
    const now = new Date();
    await tx
      .update(feedbackApplications)
      .set({ reply: input.reply, repliedAt: now, repliedByUserId: user.id, status: 'answered', replyOutboxId: outboxId, updatedAt: now })
      .where(eq(feedbackApplications.id, application.id));
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'application.reply', entity: 'feedback_application', entityId: application.id, changes: changesBetween(application, { reply: input.reply, status: 'answered' }) });
    return { id: application.id, outboxId };
  }), mailAndRefresh);

/** Puts an application's undelivered mail (to the organisation, or the reply) back at the front of the outbox. */
export const resendApplicationMail = command(resendApplicationMailSchema, 'org.settings.edit', async (db, input) => {
  const [application] = await db
    .select({ notice: feedbackApplications.noticeOutboxId, reply: feedbackApplications.replyOutboxId })
    .from(feedbackApplications)
    .where(and(eq(feedbackApplications.id, input.applicationId), eq(feedbackApplications.organizationId, input.orgId)));
  const outboxId = application?.[input.mail];
  if (!outboxId) throw new ActionError('FeedbackAdmin.not_found');
  await sendAgain(db, outboxId);
  return { outboxId };
}, mailAndRefresh);
