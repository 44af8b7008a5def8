import type { DbTransaction } from '@/db';
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { memberships, organizations, persons, subordinateOverrides, subordinateTypes, users } from '@/db/schema';
import { bulkInsert, idList } from '@/db/bulk-insert';
import { writeReferenceData } from '@/db/reference-data';
import { hashPassword } from '@/lib/auth/password';
import { ensureSubjects } from '@/lib/journal/school';
import type { Plan, Ref } from './plan';
import { writeClasses } from './write-classes';

/**
 * Writes the roster half of a plan — territories, organisations, subjects, people, users,
 * memberships, classes, who teaches what — inside the import's transaction. Rows that exist are
 * updated only where a value differs, so reading the same bundle twice writes nothing.
 */

export type Ids = { orgs: number[]; persons: number[]; memberships: number[]; classes: number[]; subjects: Map<string, number> };

export const idOf = (ref: Ref, planned: readonly number[]): number => ('existing' in ref ? ref.existing : planned[ref.planned]!);

/** Rows written per entity; `removed` only where a delta removed some. */
export type Counts = Record<string, { created: number; updated: number; removed?: number }>;
export const count = (counts: Counts, entity: string, created: number, updated = 0, removed = 0) => {
  const c = (counts[entity] ??= { created: 0, updated: 0 });
  c.created += created;
  c.updated += updated;
  if (removed > 0) c.removed = (c.removed ?? 0) + removed;
};

/** The fields of `next` that differ from `current` (null and undefined alike). */
export function changed<T extends Record<string, unknown>>(current: Record<string, unknown>, next: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    // Dates by instant and lists (the languages) by their items, not by identity.
    const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : Array.isArray(v) ? JSON.stringify(v) : (v ?? null));
    const now = comparable(current[key]);
    const then = comparable(value);
    if (now !== then) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

async function writeTerritories(tx: DbTransaction, plan: Plan): Promise<Map<string, number>> {
  const order = { country: 0, region: 1, district: 2, city: 2 } as const;
  for (const t of [...plan.territories].sort((a, b) => order[a.level] - order[b.level])) {
    await tx.execute(sql`
      insert into territories (parent_id, level, kato_code, name_kk, name_ru, name_en)
      values ((select id from territories where kato_code = ${t.parentKato}), ${t.level}, ${t.kato}, ${t.nameKk}, ${t.nameRu}, ${t.nameEn})
      on conflict (kato_code) do nothing`);
  }
  const rows = await tx.execute<{ id: number; kato_code: string }>(sql`select id, kato_code from territories`);
  return new Map(rows.map((r) => [r.kato_code, r.id]));
}

async function writeOrganizations(tx: DbTransaction, plan: Plan, counts: Counts): Promise<number[]> {
  const typeIds = await writeReferenceData(tx);
  const territoryIds = await writeTerritories(tx, plan);
  const ids: number[] = new Array(plan.orgs.length);
  const values = (o: Plan['orgs'][number]) => {
    const f = o.fields;
    const kato = (k: string | null | undefined) => (k === undefined ? undefined : k === null ? null : (territoryIds.get(k) ?? null));
    return {
      fullName: f.fullName,
      shortName: f.shortName,
      institutionTypeId: f.institutionTypeCode === undefined ? undefined : f.institutionTypeCode === null ? null : (typeIds.get(f.institutionTypeCode) ?? null),
      organizationalStructure: f.organizationalStructure,
      territoryId: kato(f.kato),
      territorialSubordinationId: kato(f.subordinationKato),
      legalAddress: f.legalAddress,
      actualAddress: f.actualAddress,
      phones: f.phones,
      fax: f.fax,
      email: f.email,
      website: f.website,
      licenceInfo: f.licenceInfo,
      accreditationInfo: f.accreditationInfo,
      timeZone: f.timeZone,
      description: f.description,
      fullNameRu: f.fullNameRu,
      shortNameRu: f.shortNameRu,
      bin: f.bin,
      languages: f.languages,
      licenceNumber: f.licenceNumber,
      licenceDate: f.licenceDate,
      licenceIssuer: f.licenceIssuer,
      accreditationNumber: f.accreditationNumber,
      accreditationDate: f.accreditationDate,
      closedAt: f.closedAt,
    };
  };
  // New organisations parents first; one without a territory takes its parent's.
  let pending = plan.orgs.map((o, i) => (o.existing === null ? i : -1)).filter((i) => i >= 0);
  plan.orgs.forEach((o, i) => o.existing !== null && (ids[i] = o.existing));
  while (pending.length > 0) {
    const ready = pending.filter((i) => {
      const parent = plan.orgs[i]!.parent;
      return !parent || 'existing' in parent || ids[parent.planned] !== undefined;
    });
    if (ready.length === 0) throw new Error('The organisations of the bundle form a cycle');
    for (const i of ready) {
      const o = plan.orgs[i]!;
      const parentId = o.parent ? idOf(o.parent, ids) : null;
      const v = values(o);
      const [parentRow] = parentId === null ? [] : await tx.select({ territoryId: organizations.territoryId }).from(organizations).where(eq(organizations.id, parentId));
      const [row] = await tx
        .insert(organizations)
        .values({ ...v, kind: o.kind, fullName: v.fullName!, shortName: v.shortName ?? v.fullName!, parentId, territoryId: v.territoryId ?? parentRow?.territoryId ?? null })
        .returning({ id: organizations.id });
      ids[i] = row!.id;
    }
    count(counts, 'organizations', ready.length);
    pending = pending.filter((i) => ids[i] === undefined);
  }
  for (const o of plan.orgs.filter((x) => x.existing !== null)) {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, o.existing!));
    const diff = changed(current!, values(o));
    if (Object.keys(diff).length > 0) {
      await tx.update(organizations).set(diff).where(eq(organizations.id, o.existing!));
      count(counts, 'organizations', 0, 1);
    }
  }
  // A branch's main institution, once every organisation of the bundle has its id.
  for (const [i, o] of plan.orgs.entries()) {
    if (o.branchOf === undefined) continue;
    const branchOfId = o.branchOf === null ? null : idOf(o.branchOf, ids);
    const [current] = await tx.select({ branchOfId: organizations.branchOfId }).from(organizations).where(eq(organizations.id, ids[i]!));
    if (current!.branchOfId !== branchOfId) await tx.update(organizations).set({ branchOfId }).where(eq(organizations.id, ids[i]!));
  }
  // Which institution types an authority counts as subordinate, and its hand-made exceptions.
  for (const [i, o] of plan.orgs.entries()) {
    if (o.kind !== 'authority') continue;
    const codes = o.subordinateTypes ?? (o.existing === null ? [...typeIds.keys()] : null);
    if (codes) {
      const wanted = new Set(codes.map((c) => typeIds.get(c)!).filter((id) => id !== undefined));
      const current = new Set((await tx.select({ id: subordinateTypes.institutionTypeId }).from(subordinateTypes).where(eq(subordinateTypes.authorityId, ids[i]!))).map((r) => r.id));
      if (wanted.size !== current.size || [...wanted].some((id) => !current.has(id))) {
        await tx.delete(subordinateTypes).where(eq(subordinateTypes.authorityId, ids[i]!));
        if (wanted.size > 0) await tx.insert(subordinateTypes).values([...wanted].map((institutionTypeId) => ({ authorityId: ids[i]!, institutionTypeId })));
      }
    }
    for (const override of o.overrides ?? []) {
      const row = { authorityId: ids[i]!, institutionId: idOf(override.institution, ids), included: override.included };
      await tx.insert(subordinateOverrides).values(row).onConflictDoUpdate({ target: [subordinateOverrides.authorityId, subordinateOverrides.institutionId], set: { included: row.included } });
    }
  }
  return ids;
}

async function writePersons(tx: DbTransaction, plan: Plan, counts: Counts): Promise<number[]> {
  const fresh = plan.persons.filter((p) => p.existing === null);
  const inserted = await bulkInsert<{ id: number; iin: string }>(
    tx,
    'persons',
    [
      { name: 'surname', type: 'text', values: fresh.map((p) => p.fields.surname) },
      { name: 'name', type: 'text', values: fresh.map((p) => p.fields.name) },
      { name: 'patronymic', type: 'text', values: fresh.map((p) => p.fields.patronymic) },
      { name: 'birth_date', type: 'date', values: fresh.map((p) => p.fields.birthDate) },
      { name: 'sex', type: 'sex', values: fresh.map((p) => p.fields.sex) },
      { name: 'iin', type: 'char(12)', values: fresh.map((p) => p.fields.iin) },
      { name: 'email', type: 'text', values: fresh.map((p) => p.fields.email ?? null) },
      { name: 'phone', type: 'text', values: fresh.map((p) => p.fields.phone ?? null) },
    ],
    ['id', 'iin'],
  );
  count(counts, 'persons', fresh.length);
  const byIin = new Map(inserted.map((r) => [r.iin, r.id]));
  const ids = plan.persons.map((p) => p.existing ?? byIin.get(p.fields.iin)!);
  const again = plan.persons.filter((p) => p.existing !== null);
  if (again.length > 0) {
    const current = new Map((await tx.select().from(persons).where(sql`${persons.id} = any(${idList(again.map((p) => p.existing!))}::int[])`)).map((p) => [p.id, p]));
    for (const p of again) {
      const diff = changed(current.get(p.existing!)!, p.fields);
      if (Object.keys(diff).length === 0) continue;
      await tx.update(persons).set(diff).where(eq(persons.id, p.existing!));
      count(counts, 'persons', 0, 1);
    }
  }
  // Logins: an imported account gets a password no one knows; the person sets one by the invitation.
  const withLogin = plan.persons.map((p, i) => ({ p, personId: ids[i]! })).filter((x) => x.p.user);
  if (withLogin.length > 0) {
    const existing = new Map((await tx.select().from(users).where(sql`${users.personId} = any(${idList(withLogin.map((x) => x.personId))}::int[])`)).map((u) => [u.personId, u]));
    const created = withLogin.filter((x) => !existing.has(x.personId));
    const hash = created.length > 0 ? await hashPassword(randomBytes(24).toString('base64url')) : '';
    await bulkInsert(tx, 'users', [
      { name: 'person_id', type: 'integer', values: created.map((x) => x.personId) },
      { name: 'login', type: 'text', values: created.map((x) => x.p.user!.login) },
      { name: 'email', type: 'text', values: created.map((x) => x.p.user!.email ?? null) },
      { name: 'password_hash', type: 'text', values: created.map(() => hash) },
      { name: 'registered_at', type: 'timestamptz', values: created.map((x) => x.p.user!.registeredAt ?? new Date().toISOString()) },
      { name: 'last_sign_in_at', type: 'timestamptz', values: created.map((x) => x.p.user!.lastSignInAt ?? null) },
      { name: 'show_contacts', type: 'boolean', values: created.map((x) => x.p.user!.showContacts ?? false) },
    ]);
    count(counts, 'users', created.length);
    for (const x of withLogin) {
      const current = existing.get(x.personId);
      if (!current) continue;
      const u = x.p.user!;
      const diff = changed(current, { login: u.login, email: u.email, registeredAt: u.registeredAt ? new Date(u.registeredAt) : undefined, lastSignInAt: u.lastSignInAt === undefined ? undefined : u.lastSignInAt ? new Date(u.lastSignInAt) : null, showContacts: u.showContacts });
      if (Object.keys(diff).length === 0) continue;
      await tx.update(users).set(diff).where(eq(users.id, current.id));
      count(counts, 'users', 0, 1);
    }
  }
  return ids;
}

/**
 * Memberships. New ones start active: the import archives them only after replaying the
 * sign-ins made before they ended (write-journal), as the activity rollups saw them.
 */
async function writeMemberships(tx: DbTransaction, plan: Plan, orgIds: number[], personIds: number[], counts: Counts): Promise<number[]> {
  const fresh = plan.memberships.filter((m) => m.existing === null);
  const col = (name: string, type: string, value: (m: (typeof fresh)[number]) => string | boolean | number | null | undefined) => ({ name, type, values: fresh.map((m) => value(m) ?? null) });
  const inserted = await bulkInsert<{ id: number }>(
    tx,
    'memberships',
    [
      col('person_id', 'integer', (m) => idOf(m.person, personIds)),
      col('organization_id', 'integer', (m) => idOf(m.org, orgIds)),
      col('role', 'membership_role', (m) => m.fields.role),
      col('position', 'text', (m) => m.fields.position ?? ''),
      col('social_position', 'text', (m) => m.fields.socialPosition ?? ''),
      col('employment', 'text', (m) => m.fields.employment ?? ''),
      col('arrival_date', 'date', (m) => m.fields.arrivalDate),
      col('is_admin', 'boolean', (m) => m.fields.isAdmin ?? false),
      col('is_moderator', 'boolean', (m) => m.fields.isModerator ?? false),
      col('is_editor', 'boolean', (m) => m.fields.isEditor ?? false),
      col('category', 'teacher_category', (m) => m.fields.category),
      col('attestation_date', 'date', (m) => m.fields.attestationDate),
    ],
    ['id'],
  );
  count(counts, 'memberships', fresh.length);
  let next = 0;
  const ids = plan.memberships.map((m) => m.existing ?? inserted[next++]!.id);
  const again = plan.memberships.filter((m) => m.existing !== null);
  if (again.length > 0) {
    const current = new Map((await tx.select().from(memberships).where(sql`${memberships.id} = any(${idList(again.map((m) => m.existing!))}::int[])`)).map((m) => [m.id, m]));
    for (const m of again) {
      const { archivedAt, ...rest } = m.fields;
      const now = current.get(m.existing!)!;
      // An end date already recorded stays as it was recorded.
      const diff = changed(now, { ...rest, category: rest.category as typeof now.category, archivedAt: now.archivedAt === null && archivedAt ? new Date(archivedAt) : undefined });
      if (Object.keys(diff).length === 0) continue;
      await tx.update(memberships).set(diff).where(eq(memberships.id, m.existing!));
      count(counts, 'memberships', 0, 1);
    }
  }
  return ids;
}

export async function writeRoster(tx: DbTransaction, plan: Plan, counts: Counts): Promise<Ids> {
  const orgs = await writeOrganizations(tx, plan, counts);
  const subjects = await ensureSubjects(tx, plan.subjects);
  const personIds = await writePersons(tx, plan, counts);
  const membershipIds = await writeMemberships(tx, plan, orgs, personIds, counts);
  const classIds = await writeClasses(tx, plan, orgs, personIds, subjects, counts);
  return { orgs, persons: personIds, memberships: membershipIds, classes: classIds, subjects };
}
