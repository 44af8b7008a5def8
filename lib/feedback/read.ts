import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { feedbackApplications, feedbackQuestions, feedbackSettings, organizations, receptionHours } from '@/db/schema';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can } from '@/lib/auth/permissions';
import { mailStates } from '@/lib/mail/sender';
import { DEFAULT_PAGE_SIZE, limitInStatement, pageWindow } from '@/lib/pagination';

/** Reads of the Feedback tab (F-2.6) and of its administration (F-5). */

export type FeedbackContacts = { address: string; phones: string; email: string; website: string };
export type ReceptionHourView = { id: number; weekday: number; startsAt: string; endsAt: string; receiver: string; place: string };
export type PublishedQuestion = { id: number; body: string; answer: string; createdAt: Date; answeredAt: Date | null };

/** The published answers the tab shows, newest first. */
export const PUBLISHED_QUESTIONS_LIMIT = 100;

export async function feedbackSettingsOf(db: Database, orgId: number) {
  const [row] = await db.select().from(feedbackSettings).where(eq(feedbackSettings.organizationId, orgId));
  return { address: row?.address ?? '', phones: row?.phones ?? '', email: row?.email ?? '', website: row?.website ?? '', receptionRules: row?.receptionRules ?? '' };
}

export async function listReceptionHours(db: Database, orgId: number): Promise<ReceptionHourView[]> {
  return db
    .select({ id: receptionHours.id, weekday: receptionHours.weekday, startsAt: receptionHours.startsAt, endsAt: receptionHours.endsAt, receiver: receptionHours.receiver, place: receptionHours.place })
    .from(receptionHours)
    .where(eq(receptionHours.organizationId, orgId))
    .orderBy(asc(receptionHours.weekday), asc(receptionHours.startsAt), asc(receptionHours.id));
}

/**
 * Everything the Feedback tab shows to anyone: the contacts for applications (each field falls
 * back to the organisation's own contacts), the reception rules and schedule, published answers.
 * No personal data of citizens.
 */
export async function readFeedbackTab(db: Database, orgId: number) {
  const [settings, hours, org, auth, questions] = await Promise.all([
    feedbackSettingsOf(db, orgId),
    listReceptionHours(db, orgId),
    db
      .select({
        actualAddress: organizations.actualAddress,
        legalAddress: organizations.legalAddress,
        phones: organizations.phones,
        email: organizations.email,
        website: organizations.website,
      })
      .from(organizations)
      .where(eq(organizations.id, orgId)),
    loadOrgAuth(db, orgId),
    db
      .select({ id: feedbackQuestions.id, body: feedbackQuestions.body, answer: feedbackQuestions.answer, createdAt: feedbackQuestions.createdAt, answeredAt: feedbackQuestions.answeredAt })
      .from(feedbackQuestions)
      .where(and(eq(feedbackQuestions.organizationId, orgId), eq(feedbackQuestions.status, 'answered'), eq(feedbackQuestions.published, true)))
      .orderBy(desc(feedbackQuestions.answeredAt), desc(feedbackQuestions.id))
      .limit(PUBLISHED_QUESTIONS_LIMIT),
  ]);
  const own = org[0];
  const contacts: FeedbackContacts = {
    address: settings.address || own?.actualAddress || own?.legalAddress || '',
    phones: settings.phones || own?.phones || '',
    email: settings.email || own?.email || '',
    website: settings.website || own?.website || '',
  };
  const feedback = auth?.functions.feedback;
  const parts = { reception: feedback?.reception ?? false, applications: feedback?.applications ?? false, questions: feedback?.questions ?? false };
  // The form is shown only when a visitor may send it.
  const open = auth ? can(null, 'org.applications.submit', auth) : false;
  return { contacts, rules: settings.receptionRules, hours, questions: questions.map((q) => ({ ...q, answer: q.answer ?? '' })), parts, applicationsOpen: open };
}

export type QuestionStatus = 'new' | 'answered' | 'hidden';

/**
 * Questions per page of Administration → Questions: each new one comes with its answer form, and
 * 20 of them made a page of 116 KB (issue 13: ≤ 60 KB).
 */
export const QUESTIONS_PAGE_SIZE = 10;

export async function listQuestionsForAdmin(db: Database, args: { orgId: number; status: QuestionStatus; page: number }) {
  const where = and(eq(feedbackQuestions.organizationId, args.orgId), eq(feedbackQuestions.status, args.status));
  const { limit, offset } = pageWindow(args.page, QUESTIONS_PAGE_SIZE);
  const [rows, counts] = await Promise.all([
    db.select().from(feedbackQuestions).where(where).orderBy(desc(feedbackQuestions.createdAt), desc(feedbackQuestions.id)).limit(limitInStatement(limit)).offset(offset),
    db.select({ status: feedbackQuestions.status, n: count() }).from(feedbackQuestions).where(eq(feedbackQuestions.organizationId, args.orgId)).groupBy(feedbackQuestions.status),
  ]);
  const byStatus = { new: 0, answered: 0, hidden: 0 } as Record<QuestionStatus, number>;
  for (const c of counts) byStatus[c.status] = c.n;
  return { rows, total: byStatus[args.status], counts: byStatus };
}

export type ApplicationStatus = 'new' | 'in_work' | 'answered';

export async function listApplicationsForAdmin(db: Database, args: { orgId: number; status: ApplicationStatus; page: number }) {
  const where = and(eq(feedbackApplications.organizationId, args.orgId), eq(feedbackApplications.status, args.status));
  const { limit, offset } = pageWindow(args.page, DEFAULT_PAGE_SIZE);
  const [rows, counts] = await Promise.all([
    db.select().from(feedbackApplications).where(where).orderBy(desc(feedbackApplications.createdAt), desc(feedbackApplications.id)).limit(limitInStatement(limit)).offset(offset),
    db.select({ status: feedbackApplications.status, n: count() }).from(feedbackApplications).where(eq(feedbackApplications.organizationId, args.orgId)).groupBy(feedbackApplications.status),
  ]);
  const byStatus = { new: 0, in_work: 0, answered: 0 } as Record<ApplicationStatus, number>;
  for (const c of counts) byStatus[c.status] = c.n;
  const mails = await mailStates(db, rows.flatMap((r) => [r.noticeOutboxId, r.replyOutboxId]));
  return {
    rows: rows.map((r) => ({ ...r, noticeMail: r.noticeOutboxId ? (mails.get(r.noticeOutboxId) ?? null) : null, replyMail: r.replyOutboxId ? (mails.get(r.replyOutboxId) ?? null) : null })),
    total: byStatus[args.status],
    counts: byStatus,
  };
}

export async function findApplicationAttachment(db: Database, applicationId: number) {
  const [row] = await db
    .select({ organizationId: feedbackApplications.organizationId, key: feedbackApplications.attachmentKey, name: feedbackApplications.attachmentName, type: feedbackApplications.attachmentType, size: feedbackApplications.attachmentSize })
    .from(feedbackApplications)
    .where(eq(feedbackApplications.id, applicationId));
  return row?.key ? { ...row, key: row.key } : null;
}
