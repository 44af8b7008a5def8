import { getDb } from '@/db';
import { orgRouteAccess } from '@/lib/auth/route-access';
import { confirmRun, runView } from '@/lib/oneroster/runs';

type Params = { params: Promise<{ id: string; runId: string }> };

/** GET: the run's status and progress, for the page to poll. */
export async function GET(_request: Request, { params }: Params) {
  const { id, runId } = await params;
  const access = await orgRouteAccess(id, 'org.exchange.manage');
  if (!access.ok) return access.response;
  const run = await runView(getDb(), access.orgId, runId);
  return run ? Response.json(run, { headers: { 'Cache-Control': 'no-store' } }) : new Response('Not found', { status: 404 });
}

/** POST: Confirm — imports a checked run in the background (all or nothing). */
export async function POST(_request: Request, { params }: Params) {
  const { id, runId } = await params;
  const access = await orgRouteAccess(id, 'org.exchange.manage');
  if (!access.ok) return access.response;
  const started = await confirmRun(getDb(), { organizationId: access.orgId, runId, userId: access.user.id });
  return Response.json({ ok: started }, { status: started ? 200 : 409 });
}
