import { getDb, getStreamingDb } from '@/db';
import { recordAudit } from '@/lib/audit/record';
import { exportBundle } from '@/lib/oneroster/export';
import { orgRouteAccess } from '@/lib/auth/route-access';

/** GET: the authority's network as a OneRoster 1.2 bulk zip, streamed while it is written. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await orgRouteAccess((await params).id, 'org.exchange.manage');
  if (!access.ok) return access.response;
  const db = getDb();
  await recordAudit(db, { actorUserId: access.user.id, organizationId: access.orgId, action: 'oneroster.export', entity: 'organization', entityId: access.orgId });
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  exportBundle(getStreamingDb(), access.orgId, (chunk) => writer.write(chunk)).then(
    () => writer.close(),
    (error: unknown) => writer.abort(error),
  );
  return new Response(readable, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="oneroster-${access.orgId}-${new Date().toISOString().slice(0, 10)}.zip"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
