import { getDb } from '@/db';
import { answer, crossSite, fieldErrorsOf, refusalOf, refuse, requestAddress, textFields } from '@/lib/feedback/public-request';
import { questionSchema } from '@/lib/feedback/schemas';
import { submitQuestion } from '@/lib/feedback/submit';
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
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return refuse(413, 'too_long');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, 'invalid');
  }
  const parsed = questionSchema.safeParse({ ...textFields(form), orgId });
  if (!parsed.success) return refuse(400, 'invalid', fieldErrorsOf(parsed.error));
  try {
    await submitQuestion(getDb(), parsed.data, { address: requestAddress(request) });
    return answer(201, { ok: true, data: null });
  } catch (error) {
    return refusalOf(error);
  }
}
