import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbExecutor, DbTransaction } from '@/db';
import { memberships, type Person, persons } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { type AuditEvent, changesBetween, recordAudit } from '@/lib/audit/record';
import type { CurrentUser } from '@/lib/auth/permissions';
import { assertAdminRemains } from './admin/guard';
import { archiveMemberships } from './archive-memberships';
import { homeOrganizationOf, mayEditSharedData } from './home-organization';
import { checkPersonData, SHARED_FIELDS, type SharedField } from './person-rules';

/** Edit (F-3.3) and remove (F-3.4): each one transaction with its audit events (restore: ./membership-restore.ts). */

export type MembershipData = {
  position: string;
  socialPosition: string;
  employment: string;
  isAdmin: boolean;
  isModerator: boolean;
  isEditor: boolean;
};

export async function updatePersonInOrg(
  db: DbExecutor,
  args: {
    orgId: number;
    actor: CurrentUser;
    personId: number;
    membershipId: number;
    /** Absent fields are left as they are. */
    personData: Partial<Record<SharedField, unknown>>;
    membershipData: MembershipData;
    today: string;
  },
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ person: persons, membership: memberships })
      .from(memberships)
      .innerJoin(persons, eq(persons.id, memberships.personId))
      .where(
        and(
          eq(memberships.id, args.membershipId),
          eq(memberships.personId, args.personId),
          eq(memberships.organizationId, args.orgId),
          isNull(memberships.archivedAt),
        ),
      )
      .for('update', { of: [memberships, persons] });
    if (!current) throw new ActionError('AdminPeople.not_member');
    const personValues = await sharedDataToWrite(tx, args.actor, current.person, args.personData, args.today);
    if (current.membership.isAdmin && !args.membershipData.isAdmin) {
      await assertAdminRemains(tx, args.orgId, { membershipIds: [args.membershipId] }, 'isAdmin');
    }
    const personChanges = personValues ? changesBetween(current.person, personValues) : {};
    const membershipChanges = changesBetween(current.membership, args.membershipData);
    const events: AuditEvent[] = [];
    const actor = { actorUserId: args.actor.id, organizationId: args.orgId };
    if (personValues && Object.keys(personChanges).length > 0) {
      await tx.update(persons).set(personValues).where(eq(persons.id, args.personId));
      events.push({ ...actor, action: 'person.update', entity: 'person', entityId: args.personId, changes: personChanges });
    }
    if (Object.keys(membershipChanges).length > 0) {
      await tx.update(memberships).set(args.membershipData).where(eq(memberships.id, args.membershipId));
      events.push({ ...actor, action: 'membership.update', entity: 'membership', entityId: args.membershipId, changes: membershipChanges });
    }
    await recordAudit(tx, events);
    return { changed: events.length > 0 };
  });
}

function definedOnly(data: Partial<Record<SharedField, unknown>>) {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/**
 * The shared data to write, checked; null when the form carried none. Only the person and the
 * admins of their home organisation change it: anyone else may send it back unchanged (a form
 * loaded before the home passed on), but a change is refused, naming whom to ask.
 */
async function sharedDataToWrite(tx: DbTransaction, actor: CurrentUser, person: Person, data: Partial<Record<SharedField, unknown>>, today: string) {
  const sent = SHARED_FIELDS.filter((f) => data[f] !== undefined);
  if (sent.length === 0) return null;
  const home = await homeOrganizationOf(tx, person.id);
  const stored = (f: SharedField) => person[f] ?? '';
  if (!mayEditSharedData(actor, person.id, home)) {
    const changed = sent.filter((f) => String(data[f]).trim() !== stored(f));
    if (changed.length === 0) return null;
    throw new ActionError(
      'AdminPeople.shared_data_home_only',
      Object.fromEntries(changed.map((f) => [f, ['AdminPeople.shared_field_home_only']])),
      { organization: home?.shortName ?? '' },
    );
  }
  const checked = checkPersonData({ ...Object.fromEntries(SHARED_FIELDS.map((f) => [f, stored(f)])), ...definedOnly(data) }, { iin: person.iin, today });
  if (!checked.ok) throw new ActionError('invalid', checked.fieldErrors);
  return checked.value;
}

/**
 * "Remove from organisation": every active membership of the person here goes to the Archive.
 * Nothing is deleted; the account keeps working, and the next request already reads the
 * memberships without this organisation.
 */
export async function archivePersonInOrg(db: DbExecutor, args: { orgId: number; personId: number; actorUserId: number }): Promise<number[]> {
  return db.transaction(async (tx) => {
    const active = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.personId, args.personId), eq(memberships.organizationId, args.orgId), isNull(memberships.archivedAt)))
      .for('update');
    if (active.length === 0) throw new ActionError('AdminPeople.not_member');
    await assertAdminRemains(tx, args.orgId, { personId: args.personId }, '_form');
    const now = new Date();
    return archiveMemberships(
      tx,
      active.map((m) => ({ id: m.id, at: now })),
      args.actorUserId,
    );
  });
}
