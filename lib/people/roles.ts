import type { MembershipRole, OrganizationKind } from '@/db/schema';

/** The roles an admin may give in the add-person wizard and the import, by organisation kind. */
export const AUTHORITY_ROLES = ['leader', 'deputy', 'employee'] as const satisfies readonly MembershipRole[];
export const INSTITUTION_ROLES = [
  'director',
  'deputy_director',
  'head_of_studies',
  'teacher',
  'employee',
  'student',
  'parent',
] as const satisfies readonly MembershipRole[];

export function rolesForKind(kind: OrganizationKind): readonly MembershipRole[] {
  return kind === 'authority' ? AUTHORITY_ROLES : INSTITUTION_ROLES;
}
