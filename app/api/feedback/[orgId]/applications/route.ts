import { checkAttachment } from '@/lib/feedback/attachment';
import { answerOf, logUnexpected, readPublicForm, refuse, requestAddress, textFields } from '@/lib/feedback/public-request';
import { ATTACHMENT_MAX_BYTES } from '@/lib/feedback/schemas';
import { applicationCommand } from '@/lib/feedback/submit';
import { crossSite } from '@/lib/http/same-origin';
import { parseId } from '@/lib/ids';
import { appOrigin } from '@/lib/organizations/site-address';
import { runFromRoute } from '@/lib/server-action';
import { getStorage } from '@/lib/storage';

/**
 * POST /api/feedback/{orgId}/applications — a citizen's e-application (F-2.6), multipart with an
 * optional `attachment`. No session: anyone may write while `can` says the form is open
 * (org.applications.submit); it is rate-limited per address and carries a honeypot. Answers
 * { ok, data: { number } } or the refusal with field errors.
 */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  if (crossSite(request)) return refuse(403, 'forbidden');
  const orgId = parseId((await params).orgId);
  if (orgId === null) return refuse(404, 'FeedbackAccess.applications_closed');
  const form = await readPublicForm(request, ATTACHMENT_MAX_BYTES + FORM_OVERHEAD_BYTES, 'Feedback.attachment_too_large', 'attachment');
  if (!(form instanceof FormData)) return form;
  const file = form.get('attachment');
  const attachment = file instanceof File ? checkAttachment({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }) : null;
  const command = applicationCommand({ storage: getStorage(), appOrigin, context: { address: requestAddress(request) } });
  const result = await runFromRoute(command, null, { ...textFields(form), orgId, attachment }, logUnexpected);
  return answerOf(result.ok ? { ok: true, data: { number: result.data.number } } : result, 'FeedbackAccess.applications_closed');
}
