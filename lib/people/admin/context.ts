import 'server-only';
import { notFound } from 'next/navigation';
import { getOrgAuth, requirePermission } from '@/lib/auth/current-user';
import { parseId } from '@/lib/ids';
import { toLocale } from '@/lib/i18n/routing';
import { getOrgContext, type OrgContext } from '@/lib/organizations/org-context';

/**
 * Every page of Administration → People: signed in (else sign-in, coming back to `path`), an
 * admin of this organisation (else 403), and the organisation must exist (else 404).
 */
export async function requirePeopleAdmin(idParam: string, localeParam: string, path: string): Promise<OrgContext> {
  const orgId = parseId(idParam) ?? notFound();
  await requirePermission(`/${toLocale(localeParam)}/org/${orgId}/admin/people${path}`, 'org.people.manage', await getOrgAuth(orgId));
  return getOrgContext(idParam, localeParam);
}
