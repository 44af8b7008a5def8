import { getDb } from '@/db';
import { orgRouteAccess } from '@/lib/auth/route-access';
import { PAGE_LIMITS, startCheck } from '@/lib/oneroster/runs';

/**
 * POST multipart (file): stores a OneRoster bundle and starts its check in the background;
 * answers { ok: true, runId } or { ok: false, problem: { key, params } } (keys of OneRoster).
 * A route handler, not a server action: actions stop at 1 MB.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await orgRouteAccess((await params).id, 'org.exchange.manage');
  if (!access.ok) return access.response;
  const max = PAGE_LIMITS.bundleBytes;
  const refuse = (key: string, status = 400) => Response.json({ ok: false, problem: { key, params: { max: Math.round(max / 1024 ** 2) } } }, { status });
  if (Number(request.headers.get('content-length') ?? 0) > max + 64 * 1024) return refuse('bundle_too_large', 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse('file_missing');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse('file_missing');
  if (file.size > max) return refuse('bundle_too_large', 413);
  const runId = await startCheck(getDb(), { organizationId: access.orgId, userId: access.user.id, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return Response.json({ ok: true, runId });
}
