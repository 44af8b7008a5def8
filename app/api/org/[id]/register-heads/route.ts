import { getDb } from '@/db';
import { orgRouteAccess, privateJson } from '@/lib/auth/route-access';
import { parseId } from '@/lib/ids';
import { getRegisterEntry, registerHeads } from '@/lib/organizations/register/queries';
import { searchText } from '@/lib/search-params';

/**
 * GET ?institution=<id>&q=<name> — the staff of one entry of the register whose name has the words
 * typed, for the head's search in the register's form (components/settings/register-form.tsx): a
 * city school's staff are not sent with its page. Admins of the authority only
 * (org.register.manage), and only for an entry of its own register: another authority's school
 * answers 404, as if it did not exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await orgRouteAccess((await params).id, 'org.register.manage');
  if (!access.ok) return access.response;
  const query = new URL(request.url).searchParams;
  const institutionId = parseId(query.get('institution') ?? '');
  if (institutionId === null) return privateJson(400, { error: 'institution_invalid' });
  const db = getDb();
  if (!(await getRegisterEntry(db, { authorityId: access.orgId, institutionId }))) return privateJson(404, { error: 'not_found' });
  return privateJson(200, await registerHeads(db, { institutionId, q: searchText(query.get('q') ?? undefined) }));
}
