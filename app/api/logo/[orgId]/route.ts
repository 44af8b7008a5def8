import { getDb } from '@/db';
import { parseId } from '@/lib/ids';
import { logoKeyOf } from '@/lib/organizations/settings/logo';
import { getStorage } from '@/lib/storage';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * GET /api/logo/{orgId}[?v=…] — the organisation's logo, public like its profile. Asked for with
 * the current version (`logoUrl`), it may be cached for a year: a new logo has a new address.
 */
export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const orgId = parseId((await params).orgId);
  if (orgId === null) return notFound();
  const logoKey = await logoKeyOf(getDb(), orgId);
  if (!logoKey) return notFound();
  const body = await getStorage().get(logoKey);
  if (!body) return notFound();
  const current = new URL(request.url).searchParams.get('v') === logoKey.split('/').pop();
  return new Response(body, {
    headers: {
      'Content-Type': 'image/png',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, no-cache',
    },
  });
}
