import { answerOf, logUnexpected, readPublicForm, refuse, requestAddress, textFields } from '@/lib/feedback/public-request';
import { questionCommand } from '@/lib/feedback/submit';
import { crossSite } from '@/lib/http/same-origin';
import { parseId } from '@/lib/ids';
import { runFromRoute } from '@/lib/server-action';

/**
 * POST /api/feedback/{orgId}/questions — a question for Questions and answers (F-2.6). No
 * session: anyone may ask while `can` says the part is on (org.questions.ask); rate-limited per
 * address; honeypot. Shown publicly only once answered and published.
 */
const MAX_FORM_BYTES = 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  if (crossSite(request)) return refuse(403, 'forbidden');
  const orgId = parseId((await params).orgId);
  if (orgId === null) return refuse(404, 'FeedbackAccess.questions_closed');
  const form = await readPublicForm(request, MAX_FORM_BYTES, 'too_long');
  if (!(form instanceof FormData)) return form;
  const result = await runFromRoute(questionCommand({ address: requestAddress(request) }), null, { ...textFields(form), orgId }, logUnexpected);
  return answerOf(result.ok ? { ok: true, data: null } : result, 'FeedbackAccess.questions_closed');
}
