import 'server-only';
import { notFound } from 'next/navigation';
import { getOrgAuth, requirePermission } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';
import { getOrgContext } from './org-context';

export type AdminPageParams = Promise<{ locale: string; id: string }>;

/**
 * For every page under /org/{id}/admin/settings and /admin/feedback: the permission first (403
 * for others, also by URL; sign-in for visitors), then the organisation (404 when unknown).
 */
export async function adminPageContext(params: AdminPageParams, path: string, permission: Permission) {
  const { locale, id } = await params;
  const orgId = parseId(id) ?? notFound();
  await requirePermission(`/${locale}/org/${id}/admin/${path}`, permission, await getOrgAuth(orgId));
  return getOrgContext(id, locale);
}
