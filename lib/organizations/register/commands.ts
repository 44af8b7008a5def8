import 'server-only';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbTransaction } from '@/db/index';
import { memberships, organizations, subordinateOverrides, subordinateTypes } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { changesBetween, created, recordAudit } from '@/lib/audit/record';
import { STAFF_ROLES } from '@/lib/auth/permissions';
import { command } from '@/lib/command';
import { closeInstitutionSchema, createInstitutionSchema, type RegisterInput, updateInstitutionSchema } from './schemas';
import { setClosed } from './close';
import { jurisdictionInstitutionIds, registerEntryIds } from '../subordinates/sets';
import { territoryAreaIds } from '../jurisdiction/territory-area';
import { assignJurisdiction } from '../jurisdiction/assign';

/**
 * The register of institutions (issue 12 §1): an authority's admins create, edit, close and reopen
 * the institutions within its jurisdiction (./subordinates.ts) and the lower authorities under it
 * (subordinate organisations: a city department's district departments), through `can`'s
 * 'org.register.manage' on the authority and, here, the jurisdiction of the one acted on. Closing
 * archives: the row stays, with its people and history, but it is no subordinate candidate any
 * more. Every write is audited on the authority's log with the institution as its entity.
 */

type Values = Omit<RegisterInput, 'orgId' | 'kind'> & { headPersonId?: number | null };

export async function inJurisdiction(tx: DbTransaction, authorityId: number, institutionId: number): Promise<boolean> {
  const rows = await tx.execute(sql`select 1 where ${institutionId}::int in ${jurisdictionInstitutionIds(authorityId)}`);
  return rows.length > 0;
}

/** Whether the organisation is in the authority's register: one of its institutions or lower authorities. */
async function inRegister(tx: DbTransaction, authorityId: number, organizationId: number): Promise<boolean> {
  const rows = await tx.execute(sql`select 1 where ${organizationId}::int in ${registerEntryIds(authorityId)}`);
  return rows.length > 0;
}

/** The references of the form checked against the database, each refusal beside its field. */
async function checkReferences(tx: DbTransaction, authorityId: number, institutionId: number | null, values: Values, before?: { territoryId: number | null }) {
  const errors: Record<string, string[]> = {};
  if (values.institutionTypeId !== null) {
    const [type] = await tx.execute(sql`select 1 from institution_types where id = ${values.institutionTypeId}`);
    if (!type) errors.institutionTypeId = ['invalid'];
  }
  if (values.territoryId !== null && values.territoryId !== before?.territoryId) {
    // Inside the authority's jurisdiction territory when it has one: the register never widens reach.
    const [place] = await tx.execute<{ inside: boolean }>(sql`
      select (a.jurisdiction_territory_id is null or ${values.territoryId}::int in ${territoryAreaIds(sql`a.jurisdiction_territory_id`)}) as inside
      from territories t, organizations a where t.id = ${values.territoryId} and a.id = ${authorityId}`);
    if (!place) errors.territoryId = ['invalid'];
    else if (!place.inside) errors.territoryId = ['InstitutionRegister.territory_outside'];
  }
  if (values.organizationalStructure === 'branch' && values.branchOfId !== null) {
    const [main] = await tx.select({ closedAt: organizations.closedAt }).from(organizations).where(eq(organizations.id, values.branchOfId));
    if (values.branchOfId === institutionId || !main || main.closedAt !== null || !(await inJurisdiction(tx, authorityId, values.branchOfId))) errors.branchOfId = ['InstitutionRegister.branch_of_invalid'];
  }
  if (values.bin !== null) {
    const taken = await tx.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.bin, values.bin), institutionId === null ? undefined : ne(organizations.id, institutionId)));
    if (taken.length > 0) errors.bin = ['InstitutionRegister.bin_taken'];
  }
  if (institutionId !== null && values.headPersonId) {
    const staff = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.personId, values.headPersonId), eq(memberships.organizationId, institutionId), isNull(memberships.archivedAt)));
    if (!staff.some((m) => STAFF_ROLES.has(m.role))) errors.headPersonId = ['InstitutionRegister.head_not_staff'];
  }
  if (Object.keys(errors).length > 0) throw new ActionError('invalid', errors);
}

/** A lower authority has no type, languages of instruction or main institution (register-schemas' kindRules). */
function columns(kind: 'institution' | 'authority', values: Values) {
  const { branchOfId, organizationalStructure, ...rest } = values;
  if (kind === 'authority') return { ...rest, institutionTypeId: null, languages: [], organizationalStructure: 'independent' as const, branchOfId: null };
  return { ...rest, organizationalStructure, branchOfId: organizationalStructure === 'branch' ? branchOfId : null };
}

/** An institution added or closed shows on the authority's Structure tab and in its Page tab's count. */
const structureAndCount = { expires: ['structure' as const, 'profile' as const] };

export const createInstitution = command(createInstitutionSchema, 'org.register.manage', async (db, { orgId, kind, ...values }, { user }) =>
  db.transaction(async (tx) => {
    await checkReferences(tx, orgId, null, values);
    const row = columns(kind, values);
    const [inserted] = await tx
      .insert(organizations)
      .values({ ...row, kind, parentId: orgId })
      .returning({ id: organizations.id });
    const id = inserted!.id;
    if (kind === 'authority') {
      // A new lower authority counts every institution type as subordinate until its admins choose (F-4.8), as the OneRoster import's does.
      await tx.execute(sql`insert into subordinate_types (authority_id, institution_type_id) select ${id}, t.id from institution_types t`);
      // Its territory becomes its jurisdiction at once (the schools located there), when the
      // creating authority has one to share: checkReferences put the territory inside it. Without
      // one, a lower authority gets no more reach than its parent: its own structure only.
      const [creator] = await tx.select({ jurisdiction: organizations.jurisdictionTerritoryId }).from(organizations).where(eq(organizations.id, orgId));
      if (row.territoryId !== null && creator?.jurisdiction != null) {
        await assignJurisdiction(tx, { authorityId: id, territoryId: row.territoryId, actorUserId: user.id, organizationId: orgId });
      }
    } else {
      // A new institution counts as subordinate at once, even when its type is not among the chosen ones (F-4.8).
      const chosen = await tx.select().from(subordinateTypes).where(and(eq(subordinateTypes.authorityId, orgId), eq(subordinateTypes.institutionTypeId, row.institutionTypeId!)));
      if (chosen.length === 0) await tx.insert(subordinateOverrides).values({ authorityId: orgId, institutionId: id, included: true });
    }
    await recordAudit(tx, { actorUserId: user.id, organizationId: orgId, action: 'organization.register.create', entity: 'organization', entityId: id, changes: created({ ...row, parentId: orgId }) });
    return { id };
  }), structureAndCount);

/** The organisation of the register, locked; its kind is its own, never changed by the form. */
async function lockInJurisdiction(tx: DbTransaction, authorityId: number, institutionId: number, kind?: 'institution' | 'authority') {
  const [before] = await tx.select().from(organizations).where(eq(organizations.id, institutionId)).for('update');
  if (!before || (kind !== undefined && before.kind !== kind) || !(await inRegister(tx, authorityId, institutionId))) throw new ActionError('InstitutionRegister.not_in_jurisdiction');
  return before;
}

/** The institution's names and contacts show on the authority's Structure tab and on its own pages and public site. */
export const updateInstitution = command(updateInstitutionSchema, 'org.register.manage', async (db, { orgId, institutionId, kind, ...values }, { user }) =>
  db.transaction(async (tx) => {
    const before = await lockInJurisdiction(tx, orgId, institutionId, kind);
    await checkReferences(tx, orgId, institutionId, values, before);
    const row = columns(kind, values);
    const changes = changesBetween(before as Record<string, unknown>, row as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return { changed: 0 };
    await tx.update(organizations).set(row).where(eq(organizations.id, institutionId));
    await recordAudit(tx, { actorUserId: user.id, organizationId: orgId, action: 'organization.register.update', entity: 'organization', entityId: institutionId, changes });
    return { changed: Object.keys(changes).length };
  }), { expires: (input) => [{ orgId: input.orgId, scopes: ['structure'] }, { orgId: input.institutionId, scopes: ['profile', 'feedback'] }] });

/** Close (archive) or reopen; its branches are no reason to refuse: each is closed on its own. */
export const closeInstitution = command(closeInstitutionSchema, 'org.register.manage', async (db, { orgId, institutionId, close }, { user }) =>
  db.transaction(async (tx) => {
    const before = await lockInJurisdiction(tx, orgId, institutionId);
    return { changed: await setClosed(tx, { authorityId: orgId, organization: before, close: close === 'close', actorUserId: user.id }) };
  }), structureAndCount);
