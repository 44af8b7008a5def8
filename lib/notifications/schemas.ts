import { z } from 'zod';
import { idField } from '@/lib/ids';
import { isCalendarDate } from '@/lib/time/calendar-date';
import { audienceLeaves } from './audience';

/** Limits shared by the forms (maxLength) and the actions (zod). */
export const NOTIFICATION_LIMITS = { title: 200, body: 10_000 } as const;

/**
 * Text as the user meant it: browsers send a textarea's line breaks as CRLF (which would make a
 * 10,000-character text longer than its limit), and PostgreSQL cannot store NUL characters.
 */
const clean = (value: string) => value.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');

const title = z
  .string('required')
  .transform((v) => clean(v).trim())
  .pipe(z.string().min(1, 'required').max(NOTIFICATION_LIMITS.title, 'NotificationWizard.title_too_long'));

const body = z
  .string('required')
  .transform(clean)
  .pipe(
    z
      .string()
      .refine((v) => v.trim().length > 0, 'required')
      .refine((v) => v.length <= NOTIFICATION_LIMITS.body, 'NotificationWizard.text_too_long'),
  );

/** Empty means "unlimited"; otherwise a real date (not in the past: checked against the organisation's today). */
const readBy = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isCalendarDate(v), 'NotificationWizard.read_by_invalid');

export const notificationContent = z.object({ title, body, readBy });
export type NotificationContent = z.infer<typeof notificationContent>;

const draftId = z.uuid('NotificationWizard.draft_missing');

/** Step 1: title, text, read-by date; a new draft when draftId is empty. */
export const contentStepSchema = notificationContent.extend({
  orgId: idField,
  draftId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(draftId.nullable()),
});

/** Step 2: the ticked leaves; FormData gives one string for one box and an array for several. */
export const audienceField = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(audienceLeaves, 'invalid')).min(1, 'NotificationWizard.audience_required').max(audienceLeaves.length, 'invalid'),
);
export const audienceStepSchema = z.object({ orgId: idField, draftId, audience: audienceField });

export const publishSchema = z.object({ orgId: idField, draftId });

export const notificationRefSchema = z.object({ orgId: idField, notificationId: idField });

