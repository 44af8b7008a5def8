import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackApplications, feedbackQuestions, mailOutbox, organizations, rateLimits, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { CurrentUser } from '@/lib/auth/permissions';
import { addReceptionHour, answerQuestion, changeQuestionState, deleteReceptionHour, replyToApplication, resendApplicationMail, saveFeedbackContacts, saveReceptionRules, setApplicationStatus } from '@/lib/feedback/admin';
import { checkAttachment } from '@/lib/feedback/attachment';
import { listApplicationsForAdmin, listQuestionsForAdmin, readFeedbackTab } from '@/lib/feedback/read';
import { applicationSchema, questionSchema } from '@/lib/feedback/schemas';
import { runCommand as runCommandOn } from '@/lib/command';
import { applicationCommand, questionCommand, submitApplication, submitQuestion } from '@/lib/feedback/submit';
import { withDefaultFunctions } from '@/lib/organizations/functions/defaults';
import { localStorage } from '@/lib/storage/local';
import { currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const ORG = 1;
let admin: CurrentUser;
let staff: CurrentUser;
let moderator: CurrentUser;
let filesDir: string;

async function userByLogin(login: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return currentUser(db, row!.id);
}
async function setFeedback(parts: Partial<{ enabled: boolean; reception: boolean; applications: boolean; questions: boolean }>) {
  const [row] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, ORG));
  const functions = withDefaultFunctions(row!.functions);
  functions.feedback = { ...functions.feedback, ...parts };
  await db.update(organizations).set({ functions }).where(eq(organizations.id, ORG));
}
const applicationFields = (over: Record<string, string> = {}) => ({
  orgId: String(ORG),
  name: 'Айгүл Серікқызы',
  email: 'aigul@mail.kz',
  phone: '+7 701 123 45 67',
  subject: 'Мектепке орналастыру',
  body: 'Балам үшін орын сұраймын.',
  locale: 'kk',
  ...over,
});
const application = (over: Record<string, string> = {}) => applicationSchema.parse(applicationFields(over));
const ADMIN_URL = 'http://localhost/kk/org/1/admin/feedback/applications';
let address = 0;
/** Each test sends from its own address, so the rate limit of one does not touch another. */
const fresh = () => ({ address: `10.0.0.${++address}` });

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  admin = await userByLogin('admin');
  staff = await userByLogin('staff');
  // The seed's methodologist is a moderator without admin rights.
  const [row] = await db.execute<{ id: number }>(
    sql`select u.id from users u join memberships m on m.person_id = u.person_id where m.organization_id = ${ORG} and m.is_moderator and not m.is_admin limit 1`,
  );
  moderator = await currentUser(db, row!.id);
  filesDir = await mkdtemp(path.join(tmpdir(), 'kundelik-feedback-'));
});
afterAll(() => rm(filesDir, { recursive: true, force: true }));

describe("citizens' e-applications", () => {
  it('are refused while the applications e-mail is not confirmed or the function is off', async () => {
    // As the form's route handler sends it: `can` decides whether the form is open before any work.
    const send = () =>
      runCommandOn(db, applicationCommand({ storage: localStorage(filesDir), appOrigin: async () => 'http://localhost', context: fresh() }), null, { ...applicationFields(), orgId: ORG });
    await setFeedback({ applications: true });
    expect(await send()).toMatchObject({ ok: false, messageKey: 'FeedbackAccess.applications_closed' });
    await db.update(organizations).set({ applicationsEmail: 'apps@edu.kz', applicationsEmailConfirmedAt: new Date() }).where(eq(organizations.id, ORG));
    await setFeedback({ applications: false });
    expect(await send()).toMatchObject({ ok: false, messageKey: 'FeedbackAccess.applications_closed' });
    await setFeedback({ applications: true });
    expect(await db.select().from(feedbackApplications)).toEqual([]);
  });

  it('are stored with the next number, the attachment kept, and mailed to the confirmed address through the outbox', async () => {
    const storage = localStorage(filesDir);
    const attachment = checkAttachment({ bytes: Buffer.from('%PDF-1.4 анықтама'), name: 'анықтама.pdf' });
    if (!attachment || 'error' in attachment) throw new Error('attachment refused');
    const first = await submitApplication(db, storage, { ...application(), attachment, adminUrl: ADMIN_URL }, fresh());
    const second = await submitApplication(db, storage, { ...application({ subject: 'Екінші' }), attachment: null, adminUrl: ADMIN_URL }, fresh());
    expect([first.number, second.number]).toEqual([1, 2]);
    const [row] = await db.select().from(feedbackApplications).where(eq(feedbackApplications.number, 1));
    expect(row).toMatchObject({ authorName: 'Айгүл Серікқызы', status: 'new', attachmentName: 'анықтама.pdf', attachmentType: 'application/pdf', locale: 'kk' });
    expect(Buffer.from(await new Response(await storage.get(row!.attachmentKey!)).arrayBuffer()).toString()).toBe('%PDF-1.4 анықтама');
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, row!.noticeOutboxId!));
    expect(mail).toMatchObject({ toAddress: 'apps@edu.kz', status: 'pending', subject: expect.stringContaining('№ 1') });
    expect(mail!.textBody).toContain('Балам үшін орын сұраймын.');
    expect(mail!.textBody).toContain(ADMIN_URL);
  });

  it('store script as plain text and keep numbering per organisation under concurrent sending', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => submitApplication(db, localStorage(filesDir), { ...application({ subject: `<script>alert(${i})</script>` }), attachment: null, adminUrl: ADMIN_URL }, fresh())),
    );
    expect(results.map((r) => r.number).sort()).toEqual([3, 4, 5, 6]);
    const [row] = await db.select().from(feedbackApplications).where(eq(feedbackApplications.number, 3));
    expect(row!.subject).toMatch(/^<script>alert\(\d\)<\/script>$/);
  });

  it('store nothing when the honeypot is filled, yet answer as if accepted', async () => {
    const before = await db.$count(feedbackApplications);
    expect(await submitApplication(db, localStorage(filesDir), { ...application({ website: 'http://spam.example' }), attachment: null, adminUrl: ADMIN_URL }, fresh())).toEqual({ number: null, outboxId: null });
    expect(await db.$count(feedbackApplications)).toBe(before);
  });

  it('are rate-limited per address: five in 15 minutes, then a wait; another address is not held back', async () => {
    const from = { address: '192.0.2.77' };
    const now = new Date();
    for (let i = 0; i < 5; i++) await submitApplication(db, localStorage(filesDir), { ...application(), attachment: null, adminUrl: ADMIN_URL }, { ...from, now });
    await expect(submitApplication(db, localStorage(filesDir), { ...application(), attachment: null, adminUrl: ADMIN_URL }, { ...from, now })).rejects.toMatchObject({ messageKey: 'Feedback.too_many', messageValues: { minutes: '15' } });
    await expect(submitApplication(db, localStorage(filesDir), { ...application(), attachment: null, adminUrl: ADMIN_URL }, fresh())).resolves.toMatchObject({ number: expect.any(Number) });
    // Counted under the form's own limit, not as sign-in attempts.
    const [row] = await db.select().from(rateLimits).where(and(eq(rateLimits.name, 'feedback:application'), eq(rateLimits.key, '192.0.2.77')));
    expect(row).toMatchObject({ hits: 6 });
    expect(await db.$count(rateLimits, like(rateLimits.name, 'sign-in:%'))).toBe(0);
  });

  it('are listed for admins by status with their mails, answered by e-mail in the citizen language', async () => {
    const list = await listApplicationsForAdmin(db, { orgId: ORG, status: 'new', page: 1 });
    expect(list.counts.new).toBe(list.total);
    const first = list.rows.find((r) => r.number === 1)!;
    expect(first.noticeMail).toMatchObject({ status: 'pending', attempts: 0 });

    expect(await runCommand(db, setApplicationStatus, admin, { orgId: String(ORG), applicationId: String(first.id), status: 'in_work' })).toMatchObject({ ok: true });
    const reply = await runCommand(db, replyToApplication, admin, { orgId: String(ORG), applicationId: String(first.id), reply: 'Құжаттарыңызды алып келіңіз.' });
    expect(reply).toMatchObject({ ok: true });
    const [row] = await db.select().from(feedbackApplications).where(eq(feedbackApplications.id, first.id));
    expect(row).toMatchObject({ status: 'answered', reply: 'Құжаттарыңызды алып келіңіз.' });
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, row!.replyOutboxId!));
    expect(mail).toMatchObject({ toAddress: 'aigul@mail.kz', subject: '№ 1 өтініміңізге жауап' });
    expect((await listApplicationsForAdmin(db, { orgId: ORG, status: 'answered', page: 1 })).rows[0]!.replyMail).toMatchObject({ status: 'pending' });
  });

  it('have an undelivered mail sent again on the admin request, only within the organisation', async () => {
    const [row] = await db.select().from(feedbackApplications).where(eq(feedbackApplications.number, 2));
    await db.update(mailOutbox).set({ status: 'failed', attempts: 10, lastError: 'timeout' }).where(eq(mailOutbox.id, row!.noticeOutboxId!));
    expect(await runCommand(db, resendApplicationMail, admin, { orgId: String(ORG), applicationId: String(row!.id), mail: 'notice' })).toMatchObject({ ok: true });
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, row!.noticeOutboxId!));
    expect(mail).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await runCommand(db, resendApplicationMail, admin, { orgId: String(ORG), applicationId: String(row!.id), mail: 'reply' })).toMatchObject({ ok: false, messageKey: 'FeedbackAdmin.not_found' });
    expect(await runCommand(db, resendApplicationMail, staff, { orgId: String(ORG), applicationId: String(row!.id), mail: 'notice' })).toEqual({ ok: false, messageKey: 'forbidden' });
  });

  it('with their personal data are for admins only: staff and moderators are refused', async () => {
    const [row] = await db.select({ id: feedbackApplications.id }).from(feedbackApplications).limit(1);
    for (const user of [staff, moderator]) {
      expect(await runCommand(db, replyToApplication, user, { orgId: String(ORG), applicationId: String(row!.id), reply: 'x' })).toEqual({ ok: false, messageKey: 'forbidden' });
      expect(await runCommand(db, setApplicationStatus, user, { orgId: String(ORG), applicationId: String(row!.id), status: 'new' })).toEqual({ ok: false, messageKey: 'forbidden' });
    }
    expect(await runCommand(db, setApplicationStatus, admin, { orgId: String(ORG), applicationId: String(row!.id), status: 'lost' })).toMatchObject({ ok: false, fieldErrors: { status: ['invalid'] } });
    expect(await runCommand(db, replyToApplication, admin, { orgId: String(ORG), applicationId: String(row!.id), reply: '   ' })).toMatchObject({ ok: false, fieldErrors: { reply: ['required'] } });
  });
});

describe('questions and answers', () => {
  it('take a question from anyone, show it publicly only once answered and published', async () => {
    await submitQuestion(db, questionSchema.parse({ orgId: String(ORG), name: 'Ерлан', email: '', body: 'Мектепке қабылдау қашан басталады?', locale: 'kk' }), fresh());
    const [question] = await db.select().from(feedbackQuestions);
    expect(question).toMatchObject({ status: 'new', published: false, authorEmail: null });
    expect((await readFeedbackTab(db, ORG)).questions).toEqual([]);

    expect(await runCommand(db, answerQuestion, moderator, { orgId: String(ORG), questionId: String(question!.id), answer: '1 сәуірден бастап.', publish: 'on' })).toMatchObject({ ok: true });
    const tab = await readFeedbackTab(db, ORG);
    expect(tab.questions).toEqual([expect.objectContaining({ body: 'Мектепке қабылдау қашан басталады?', answer: '1 сәуірден бастап.' })]);
    expect(JSON.stringify(tab)).not.toContain('Ерлан');

    await runCommand(db, changeQuestionState, admin, { orgId: String(ORG), questionId: String(question!.id), change: 'unpublish' });
    expect((await readFeedbackTab(db, ORG)).questions).toEqual([]);
    await runCommand(db, changeQuestionState, admin, { orgId: String(ORG), questionId: String(question!.id), change: 'publish' });
    await runCommand(db, changeQuestionState, admin, { orgId: String(ORG), questionId: String(question!.id), change: 'hide' });
    expect((await readFeedbackTab(db, ORG)).questions).toEqual([]);
    expect((await listQuestionsForAdmin(db, { orgId: ORG, status: 'hidden', page: 1 })).counts).toEqual({ new: 0, answered: 0, hidden: 1 });
    await runCommand(db, changeQuestionState, admin, { orgId: String(ORG), questionId: String(question!.id), change: 'restore' });
    expect((await listQuestionsForAdmin(db, { orgId: ORG, status: 'answered', page: 1 })).total).toBe(1);
  });

  it('refuse publishing an unanswered question, and staff without moderator rights', async () => {
    await submitQuestion(db, questionSchema.parse({ orgId: String(ORG), name: 'Дана', email: 'dana@mail.kz', body: 'Сұрақ', locale: 'ru' }), fresh());
    const [open] = await db.select().from(feedbackQuestions).where(eq(feedbackQuestions.status, 'new'));
    expect(await runCommand(db, changeQuestionState, admin, { orgId: String(ORG), questionId: String(open!.id), change: 'publish' })).toMatchObject({ ok: false, messageKey: 'FeedbackAdmin.answer_first' });
    expect(await runCommand(db, answerQuestion, staff, { orgId: String(ORG), questionId: String(open!.id), answer: 'x' })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, answerQuestion, admin, { orgId: '2', questionId: String(open!.id), answer: 'x' })).toEqual({ ok: false, messageKey: 'forbidden' });
  });

  it('mail the first answer to an asker who left an address, in the language they asked in, and not again on an edit', async () => {
    await submitQuestion(db, questionSchema.parse({ orgId: String(ORG), name: 'Дана', email: 'dana.answer@mail.kz', body: 'Когда начинается приём в школу?', locale: 'ru' }), fresh());
    const [question] = await db.select().from(feedbackQuestions).where(eq(feedbackQuestions.authorEmail, 'dana.answer@mail.kz'));
    expect(question).toMatchObject({ locale: 'ru', answerOutboxId: null });
    expect(await runCommand(db, answerQuestion, admin, { orgId: String(ORG), questionId: String(question!.id), answer: 'С 1 апреля.' })).toMatchObject({ ok: true });
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'dana.answer@mail.kz'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('ответ на ваш вопрос');
    expect(mails[0]!.textBody).toContain('Здравствуйте, Дана!');
    expect(mails[0]!.textBody).toContain('Когда начинается приём в школу?');
    expect(mails[0]!.textBody).toContain('С 1 апреля.');
    const [answered] = await db.select().from(feedbackQuestions).where(eq(feedbackQuestions.id, question!.id));
    expect(answered!.answerOutboxId).toBe(mails[0]!.id);

    expect(await runCommand(db, answerQuestion, admin, { orgId: String(ORG), questionId: String(question!.id), answer: 'С 1 апреля, с 9:00.' })).toMatchObject({ ok: true });
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'dana.answer@mail.kz'))).toHaveLength(1);
    // Without an address nothing is mailed (the first test's question was answered without one).
    const [anonymous] = await db.select().from(feedbackQuestions).where(eq(feedbackQuestions.authorName, 'Ерлан'));
    expect(anonymous!.answerOutboxId).toBeNull();
  });

  it('are closed when their sub-switch is off', async () => {
    await setFeedback({ questions: false });
    expect(await runCommandOn(db, questionCommand(fresh()), null, { orgId: String(ORG), name: 'A', email: '', body: 'B', locale: 'kk' })).toMatchObject({
      ok: false,
      messageKey: 'FeedbackAccess.questions_closed',
    });
    await setFeedback({ questions: true });
  });

  it('are stored at most five of 12 sent at once from one address', async () => {
    const from = { address: '192.0.2.78' };
    const input = questionSchema.parse({ orgId: String(ORG), name: 'Асқар', email: '', body: 'Сұрақ бар ма?', locale: 'kk' });
    const before = await db.$count(feedbackQuestions);
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => submitQuestion(db, input, from)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(await db.$count(feedbackQuestions)).toBe(before + 5);
  });
});

describe('contacts and personal reception', () => {
  it('show the feedback contacts, falling back field by field to the organisation contacts', async () => {
    expect(await runCommand(db, saveFeedbackContacts, admin, { orgId: String(ORG), address: '204 кабинет', phones: '8-727-313-18-40', email: '', website: '' })).toMatchObject({ ok: true });
    const [own] = await db.select().from(organizations).where(eq(organizations.id, ORG));
    expect((await readFeedbackTab(db, ORG)).contacts).toEqual({ address: '204 кабинет', phones: '8-727-313-18-40', email: own!.email, website: own!.website });
    expect(await runCommand(db, saveFeedbackContacts, admin, { orgId: String(ORG), address: '', phones: 'x', email: 'y', website: 'z' })).toMatchObject({
      ok: false,
      fieldErrors: { phones: ['Contacts.phone_invalid'], email: ['Contacts.email_invalid'], website: ['Contacts.website_invalid'] },
    });
  });

  it('keep the rules and a weekly schedule in day and time order', async () => {
    await runCommand(db, saveReceptionRules, admin, { orgId: String(ORG), rules: 'Алдын ала жазылу қажет.\nЖеке куәлік болуы керек.' });
    await runCommand(db, addReceptionHour, admin, { orgId: String(ORG), weekday: '3', startsAt: '15:00', endsAt: '17:00', receiver: 'Мухамадиева А.А.', place: '301' });
    const monday = await runCommand(db, addReceptionHour, admin, { orgId: String(ORG), weekday: '1', startsAt: '10:00', endsAt: '12:00', receiver: 'Искандерова Алия', place: '204' });
    const tab = await readFeedbackTab(db, ORG);
    expect(tab.rules).toBe('Алдын ала жазылу қажет.\nЖеке куәлік болуы керек.');
    expect(tab.hours.map((h) => [h.weekday, h.startsAt, h.receiver])).toEqual([
      [1, '10:00', 'Искандерова Алия'],
      [3, '15:00', 'Мухамадиева А.А.'],
    ]);
    if (!monday.ok) throw new Error('not added');
    expect(await runCommand(db, deleteReceptionHour, staff, { orgId: String(ORG), hourId: String(monday.data.id) })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, deleteReceptionHour, admin, { orgId: String(ORG), hourId: String(monday.data.id) })).toMatchObject({ ok: true });
    expect(await runCommand(db, deleteReceptionHour, admin, { orgId: String(ORG), hourId: String(monday.data.id) })).toMatchObject({ ok: false, messageKey: 'FeedbackAdmin.not_found' });
    expect((await readFeedbackTab(db, ORG)).hours).toHaveLength(1);
  });
});
