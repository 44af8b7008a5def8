import { getDb } from '@/db';
import { parseInput } from '@/lib/action-core';
import { answer, readPublicForm, refusalOf, refuse, requestAddress, textFields } from '@/lib/feedback/public-request';
import { questionSchema } from '@/lib/feedback/schemas';
import { submitQuestion } from '@/lib/feedback/submit';
import { crossSite } from '@/lib/http/same-origin';
import { parseId } from '@/lib/ids';

/**
 * POST /api/feedback/{orgId}/questions — a question for Questions and answers (F-2.6). No
 * session; rate-limited per address; honeypot. Shown publicly only once answered and published.
 */
const MAX_FORM_BYTES = 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  if (crossSite(request)) return refuse(403, 'forbidden');
  const orgId = parseId((await params).orgId);
  if (orgId === null) return refuse(404, 'Feedback.questions_closed');
  const form = await readPublicForm(request, MAX_FORM_BYTES, 'too_long');
  if (!(form instanceof FormData)) return form;
  const parsed = parseInput(questionSchema, { ...textFields(form), orgId });
  if (!parsed.ok) return refuse(400, 'invalid', parsed.fieldErrors);
  try {
    await submitQuestion(getDb(), parsed.data, { address: requestAddress(request) });
    return answer(201, { ok: true, data: null });
  } catch (error) {
    return refusalOf(error);
  }
}
