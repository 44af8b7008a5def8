import 'server-only';
import type { DbExecutor } from '@/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { memberships, organizations } from '@/db/schema';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can, type CurrentUser, type OrgAuth } from '@/lib/auth/permissions';

/**
 * A person's home organisation: the one holding their oldest still-active membership (the
 * earliest `activeSince`; a restore from the archive starts anew). It passes on when that
 * membership is archived. Only its admins hand out the person's credentials and change the data
 * the person shares with every organisation; any other organisation holding a membership
 * manages that membership only. So adding someone's IIN elsewhere never takes them over.
 */
/** `auth` is what `can` decides on (lib/auth/org-auth.ts). */
export type HomeOrganization = { id: number; shortName: string; auth: OrgAuth };

/** Null when the person holds no active membership anywhere. */
export async function homeOrganizationOf(db: DbExecutor, personId: number): Promise<HomeOrganization | null> {
  const [home] = await db
    .select({ id: organizations.id, shortName: organizations.shortName })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.personId, personId), isNull(memberships.archivedAt)))
    .orderBy(asc(memberships.activeSince), asc(memberships.id))
    .limit(1);
  const auth = home ? await loadOrgAuth(db, home.id) : null;
  return home && auth ? { ...home, auth } : null;
}

/** Invitations, reissues, the printable sheet: anything showing a login and one-time password. */
export function mayHandOutCredentials(user: CurrentUser, home: HomeOrganization | null): boolean {
  return home !== null && can(user, 'org.people.credentials', home.auth);
}

/** Names, birth date, IIN, sex and contacts, which every organisation of the person shows. */
export function mayEditSharedData(user: CurrentUser, personId: number, home: HomeOrganization | null): boolean {
  return user.personId === personId || (home !== null && can(user, 'org.people.shared_data', home.auth));
}
