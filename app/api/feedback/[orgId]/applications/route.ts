import { getDb } from '@/db';
import { checkAttachment } from '@/lib/feedback/attachment';
import { parseInput } from '@/lib/action-core';
import { answer, readPublicForm, refusalOf, refuse, requestAddress, textFields } from '@/lib/feedback/public-request';
import { applicationSchema, ATTACHMENT_MAX_BYTES } from '@/lib/feedback/schemas';
import { submitApplication } from '@/lib/feedback/submit';
import { crossSite } from '@/lib/http/same-origin';
import { parseId } from '@/lib/ids';
import { kickMailSender } from '@/lib/mail/sender-loop';
import { appOrigin } from '@/lib/organizations/site-address';
import { getStorage } from '@/lib/storage';

/**
 * POST /api/feedback/{orgId}/applications — a citizen's e-application (F-2.6), multipart with an
 * optional `attachment`. No session: anyone may write; the form is rate-limited per address and
 * carries a honeypot. Answers { ok, data: { number } } or the refusal with field errors.
 */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  if (crossSite(request)) return refuse(403, 'forbidden');
  const orgId = parseId((await params).orgId);
  if (orgId === null) return refuse(404, 'Feedback.applications_closed');
  const form = await readPublicForm(request, ATTACHMENT_MAX_BYTES + FORM_OVERHEAD_BYTES, 'Feedback.attachment_too_large', 'attachment');
  if (!(form instanceof FormData)) return form;
  const parsed = parseInput(applicationSchema, { ...textFields(form), orgId });
  const file = form.get('attachment');
  const attachment = file instanceof File ? checkAttachment({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }) : null;
  const fieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  if (attachment && 'error' in attachment) fieldErrors.attachment = [attachment.error];
  if (!parsed.ok || (attachment && 'error' in attachment)) return refuse(400, 'invalid', fieldErrors);
  try {
    const origin = await appOrigin();
    const result = await submitApplication(
      getDb(),
      getStorage(),
      { ...parsed.data, attachment, adminUrl: `${origin}/${parsed.data.locale}/org/${orgId}/admin/feedback/applications` },
      { address: requestAddress(request) },
    );
    if (result.outboxId !== null) kickMailSender();
    return answer(201, { ok: true, data: { number: result.number } });
  } catch (error) {
    return refusalOf(error);
  }
}
