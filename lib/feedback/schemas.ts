import { z } from 'zod';
import { idField } from '@/lib/ids';
import type { CheckedAttachment } from './attachment';
import { locales } from '@/lib/i18n/routing';
import { CONTACT_LIMITS, emailField, phonesField, plainText, websiteField } from '@/lib/organizations/settings/contact-fields';
import { checkbox } from '@/lib/form-fields';

/** Feedback (F-2.6) and its administration (F-5). Texts are stored and shown as plain text. */
export const FEEDBACK_LIMITS = { subject: 300, body: 10_000, question: 3_000, answer: 10_000, rules: 10_000, receiver: 300, place: 300 } as const;
/** An application's optional attachment. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

const locale = z.enum(locales).catch('kk');
/** The honeypot: a field people never see; anything in it marks a robot. */
const honeypot = z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string()).optional();

/** The attachment as the route handler checked it (checkAttachment): its refusal beside the field. */
const attachmentField = z
  .custom<CheckedAttachment | { error: string } | null>()
  .optional()
  .transform((value, ctx): CheckedAttachment | null => {
    if (value && 'error' in value) {
      ctx.issues.push({ code: 'custom', message: value.error, input: value });
      return z.NEVER;
    }
    return value ?? null;
  });

export const applicationSchema = z.object({
  orgId: idField,
  name: plainText(CONTACT_LIMITS.name, { required: true }),
  email: emailField('Feedback.email_invalid', { required: true }),
  phone: phonesField('Feedback.phone_invalid', { max: 40 }),
  subject: plainText(FEEDBACK_LIMITS.subject, { required: true }),
  body: plainText(FEEDBACK_LIMITS.body, { required: true, multiline: true }),
  attachment: attachmentField,
  website: honeypot,
  locale,
});

export const questionSchema = z.object({
  orgId: idField,
  name: plainText(CONTACT_LIMITS.name, { required: true }),
  email: emailField('Feedback.email_invalid'),
  body: plainText(FEEDBACK_LIMITS.question, { required: true, multiline: true }),
  website: honeypot,
  locale,
});

export const feedbackContactsSchema = z.object({
  orgId: idField,
  address: plainText(CONTACT_LIMITS.address),
  phones: phonesField('Contacts.phone_invalid'),
  email: emailField('Contacts.email_invalid'),
  website: websiteField('Contacts.website_invalid'),
});

export const receptionRulesSchema = z.object({ orgId: idField, rules: plainText(FEEDBACK_LIMITS.rules, { multiline: true }) });

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string('required').regex(CLOCK, 'FeedbackAdmin.time_invalid');
export const receptionHourSchema = z
  .object({
    orgId: idField,
    weekday: z.coerce.number('invalid').int('invalid').min(1, 'invalid').max(7, 'invalid'),
    startsAt: clock,
    endsAt: clock,
    receiver: plainText(FEEDBACK_LIMITS.receiver, { required: true }),
    place: plainText(FEEDBACK_LIMITS.place),
  })
  // Compared only when both are times: a bad one already has its own message.
  .refine((v) => !CLOCK.test(v.startsAt) || !CLOCK.test(v.endsAt) || v.startsAt < v.endsAt, { message: 'FeedbackAdmin.time_order', path: ['endsAt'] });
export const receptionHourDeleteSchema = z.object({ orgId: idField, hourId: idField });

export const answerQuestionSchema = z.object({
  orgId: idField,
  questionId: idField,
  answer: plainText(FEEDBACK_LIMITS.answer, { required: true, multiline: true }),
  publish: checkbox,
});
export const questionStateSchema = z.object({ orgId: idField, questionId: idField, change: z.enum(['publish', 'unpublish', 'hide', 'restore'], 'invalid') });

export const applicationStatuses = ['new', 'in_work', 'answered'] as const;
export const applicationStatusSchema = z.object({ orgId: idField, applicationId: idField, status: z.enum(applicationStatuses, 'invalid') });
export const replyApplicationSchema = z.object({ orgId: idField, applicationId: idField, reply: plainText(FEEDBACK_LIMITS.answer, { required: true, multiline: true }) });

export const resendApplicationMailSchema = z.object({ orgId: idField, applicationId: idField, mail: z.enum(['notice', 'reply'], 'invalid') });

export type ApplicationInput = z.infer<typeof applicationSchema>;
export type QuestionInput = z.infer<typeof questionSchema>;
