import { getDb } from '@/db';
import { orgRouteAccess } from '@/lib/auth/route-access';
import { LIMITS } from '@/lib/content/limits';
import { type PagePreview, renderPageBody } from '@/lib/content/page-body';
import { BodyMalformedError, BodyTooLargeError, readForm } from '@/lib/http/body';
import { crossSite } from '@/lib/http/same-origin';

const refuse = (error: 'too_long' | 'malformed', status: number) => Response.json({ ok: false, error } satisfies PagePreview, { status });

/**
 * POST (form field `body`): the page editor's preview, rendered and sanitised exactly as the page
 * will be stored and shown (lib/content/page-body). Admins of the organisation only, as saving;
 * nothing is written. A route handler, so the preview needs no server action of its own.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (crossSite(request)) return new Response('Forbidden', { status: 403 });
  const access = await orgRouteAccess((await params).id, 'org.pages.edit');
  if (!access.ok) return access.response;
  let form: FormData;
  try {
    // A UTF-8 character takes up to 4 bytes; room for the form's own framing.
    form = await readForm(request, LIMITS.pageBody * 4 + 16 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse('too_long', 413);
    if (error instanceof BodyMalformedError) return refuse('malformed', 400);
    throw error;
  }
  const body = form.get('body');
  if (typeof body !== 'string') return refuse('malformed', 400);
  if (body.length > LIMITS.pageBody) return refuse('too_long', 413);
  const { html, foreign } = await renderPageBody(getDb(), access.orgId, body);
  return Response.json({ ok: true, html, foreignDocument: foreign } satisfies PagePreview, { headers: { 'Cache-Control': 'private, no-store' } });
}
