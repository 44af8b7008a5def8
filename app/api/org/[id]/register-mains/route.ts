import { getDb } from '@/db';
import { orgRouteAccess, privateJson } from '@/lib/auth/route-access';
import { parseId } from '@/lib/ids';
import { registerMains } from '@/lib/organizations/register/queries';

/**
 * GET ?except=<institution> — what an institution of the register can be a branch of, for the
 * register's form when "branch" is chosen (components/settings/register-form.tsx): the list is not
 * sent with every entry's page. Admins of the authority only (org.register.manage); `except` names
 * the entry itself, which is never its own main institution.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await orgRouteAccess((await params).id, 'org.register.manage');
  if (!access.ok) return access.response;
  const except = new URL(request.url).searchParams.get('except');
  const institutionId = except === null ? null : parseId(except);
  if (except !== null && institutionId === null) return privateJson(400, { error: 'except_invalid' });
  return privateJson(200, await registerMains(getDb(), { authorityId: access.orgId, institutionId }));
}
