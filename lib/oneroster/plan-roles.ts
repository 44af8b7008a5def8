import { sql } from 'drizzle-orm';
import type { MembershipRole } from '@/db/schema';
import { utcOffsetMinutes } from '@/lib/organizations/settings/time-zones';
import { DEFAULT_TIME_ZONE } from '@/lib/time/calendar-date';
import { cell, hasColumn, type Row } from './bundle';
import { isExtension, MD, ROLE_TYPES, ROLES } from './files';
import { orgAllowed, orgKinds } from './plan-orgs';
import { type MembershipFields, type MembershipPlan, type Movement, type Ref, refKey } from './plan';
import { type Ctx, existingRows, isDate, isDeleted, isInstant, jsonCell, problem, requiredAll, resolveAll, statusProblem } from './plan-context';
import { orgTimeZones } from './plan-people';
import { idList } from '@/db/bulk-insert';

/** roles.csv into memberships (docs/oneroster.md). */

const INSTITUTION_ROLE: Record<string, MembershipRole> = {
  principal: 'director',
  siteAdministrator: 'deputy_director',
  teacher: 'teacher',
  student: 'student',
  parent: 'parent',
  guardian: 'parent',
  relative: 'parent',
  aide: 'employee',
  counselor: 'employee',
  proctor: 'employee',
  systemAdministrator: 'employee',
  districtAdministrator: 'employee',
};
const AUTHORITY_ROLES: readonly MembershipRole[] = ['leader', 'deputy', 'employee'];
const INSTITUTION_ROLES: readonly MembershipRole[] = ['director', 'deputy_director', 'head_of_studies', 'teacher', 'employee', 'student', 'parent'];
const CATEGORIES = ['pedagog', 'moderator', 'expert', 'researcher', 'master', 'highest', 'first', 'second', 'none'];

const isMovementList = (v: unknown): v is Array<[string, string, string | null, string]> =>
  Array.isArray(v) && v.every((m) => Array.isArray(m) && m.length === 4 && typeof m[0] === 'string' && typeof m[1] === 'string' && (m[2] === null || typeof m[2] === 'string') && typeof m[3] === 'string');

/** The start of a day in a time zone, as an instant. */
export function startOfDay(date: string, timeZone: string): string {
  const guess = new Date(`${date}T00:00:00Z`);
  const minutes = utcOffsetMinutes(timeZone, guess);
  return new Date(guess.getTime() - minutes * 60_000).toISOString();
}

/** roles.csv; returns the sourcedIds of users who are students somewhere, and the movements' class references to resolve later. */
export async function planMemberships(ctx: Ctx): Promise<{ students: Set<string>; movementClasses: Array<{ movement: Movement; sourcedId: string; row: Row }> }> {
  const students = new Set<string>();
  const movementClasses: Array<{ movement: Movement; sourcedId: string; row: Row }> = [];
  const file = ctx.bundle.files.get('roles');
  if (!file) return { students, movementClasses };
  const mapped = await existingRows(ctx, 'role', file.rows.map((r) => cell(file, r, 'sourcedId')));
  const persons = await resolveAll(ctx, 'person', file.rows.map((row) => ({ sourcedId: cell(file, row, 'userSourcedId'), file, row, column: 'userSourcedId' })));
  const orgs = await resolveAll(ctx, 'org', file.rows.map((row) => ({ sourcedId: cell(file, row, 'orgSourcedId'), file, row, column: 'orgSourcedId' })));
  await orgKinds(ctx, orgs.filter((o): o is Ref => o !== null));
  const timeZones = await orgTimeZones(ctx);
  const active = new Map<string, number>();
  const present = (c: string) => hasColumn(file, `${MD}${c}`);

  file.rows.forEach((row, i) => {
    const [sourcedId, roleType, role] = requiredAll(ctx, file, row, ['sourcedId', 'roleType', 'role', 'userSourcedId', 'orgSourcedId']);
    const person = persons[i];
    const org = orgs[i];
    if (statusProblem(ctx, file, row) || !sourcedId || !roleType || !role || !person || !org) return;
    if (ctx.refs.role.has(sourcedId)) {
      problem(ctx, file, row, 'sourcedId', 'id_twice', { id: sourcedId });
      return;
    }
    if (!(ROLE_TYPES as readonly string[]).includes(roleType)) problem(ctx, file, row, 'roleType', 'enum_invalid', { value: roleType });
    if (!(ROLES as readonly string[]).includes(role) && !isExtension(role)) {
      problem(ctx, file, row, 'role', 'enum_invalid', { value: role });
      return;
    }
    if (!orgAllowed(ctx, org)) {
      problem(ctx, file, row, 'orgSourcedId', 'org_outside_jurisdiction', { id: cell(file, row, 'orgSourcedId') });
      return;
    }
    const kind = ctx.orgKinds.get(refKey(org));
    const md = (c: string) => cell(file, row, `${MD}${c}`);
    const exact = md('role');
    const ours: MembershipRole | null = exact
      ? ((kind === 'authority' ? AUTHORITY_ROLES : INSTITUTION_ROLES).includes(exact as MembershipRole) ? (exact as MembershipRole) : null)
      : kind === 'authority'
        ? ['teacher', 'student', 'parent', 'guardian', 'relative'].includes(role) ? null : 'employee'
        : (INSTITUTION_ROLE[role] ?? null);
    if (!ours) {
      problem(ctx, file, row, exact ? `${MD}role` : 'role', 'role_not_for_org', { value: exact || role });
      return;
    }
    const fields: MembershipFields = { role: ours, archivedAt: null };
    for (const c of ['position', 'socialPosition', 'employment'] as const) if (present(c)) fields[c] = md(c);
    const begin = cell(file, row, 'beginDate');
    const end = cell(file, row, 'endDate');
    for (const [c, v] of [['beginDate', begin], ['endDate', end], [`${MD}attestationDate`, md('attestationDate')]] as const) if (v && !isDate(v)) problem(ctx, file, row, c, 'date_invalid', { value: v });
    if (hasColumn(file, 'beginDate')) fields.arrivalDate = begin || null;
    if (present('rights')) {
      const rights = new Set(md('rights').split(',').map((r) => r.trim()));
      fields.isAdmin = rights.has('admin');
      fields.isModerator = rights.has('moderator');
      fields.isEditor = rights.has('editor');
    } else if (role === 'systemAdministrator') fields.isAdmin = true;
    if (present('category')) {
      if (md('category') && !CATEGORIES.includes(md('category'))) problem(ctx, file, row, `${MD}category`, 'enum_invalid', { value: md('category') });
      fields.category = md('category') || null;
    }
    if (present('attestationDate')) fields.attestationDate = md('attestationDate') || null;
    const archivedAt = md('archivedAt');
    if (archivedAt && !isInstant(archivedAt)) problem(ctx, file, row, `${MD}archivedAt`, 'date_invalid', { value: archivedAt });
    const deleted = isDeleted(file, row);
    fields.archivedAt = archivedAt || (end && isDate(end) ? startOfDay(end, timeZones.get(refKey(org)) ?? DEFAULT_TIME_ZONE) : null) || (deleted ? new Date().toISOString() : null);
    if (fields.archivedAt === null) {
      const key = `${refKey(person)}|${refKey(org)}|${ours}`;
      if (active.has(key)) problem(ctx, file, row, 'role', 'role_twice', { line: active.get(key)! });
      active.set(key, row.line);
    }
    const movements: Movement[] = [];
    for (const [kind, date, classId, counterpart] of jsonCell(ctx, file, row, `${MD}movements`, isMovementList) ?? []) {
      if (!['arrived', 'left', 'transferred'].includes(kind) || !isDate(date)) {
        problem(ctx, file, row, `${MD}movements`, 'json_invalid');
        continue;
      }
      const movement: Movement = { kind: kind as Movement['kind'], date, classRef: null, counterpart };
      movements.push(movement);
      if (classId) movementClasses.push({ movement, sourcedId: classId, row });
    }
    if (ours === 'student') students.add(cell(file, row, 'userSourcedId'));
    const plan: MembershipPlan = { sourcedId, line: row.line, existing: mapped.get(sourcedId)?.id ?? null, person, org, fields, movements, deleted };
    const index = ctx.plan.memberships.push(plan) - 1;
    ctx.refs.role.set(sourcedId, plan.existing === null ? { planned: index } : { existing: plan.existing });
  });

  // An active membership of ours with the same person, organisation and role is the same one.
  const candidates = ctx.plan.memberships.filter((m) => m.existing === null && 'existing' in m.person && 'existing' in m.org);
  if (candidates.length > 0) {
    const rows = await ctx.tx.execute<{ id: number; k: string }>(sql`
      select id, 'e' || person_id || '|e' || organization_id || '|' || role as k from memberships
      where archived_at is null and person_id = any(${idList(candidates.map((m) => (m.person as { existing: number }).existing))}::int[])`);
    const byKey = new Map(rows.map((r) => [r.k, r.id]));
    for (const m of candidates) {
      const id = byKey.get(`${refKey(m.person)}|${refKey(m.org)}|${m.fields.role}`);
      if (id !== undefined) {
        m.existing = id;
        ctx.refs.role.set(m.sourcedId, { existing: id });
      }
    }
  }
  // A role's tobedeleted row archives that membership (once: an archived one stays as it is); one
  // that names no membership of ours is nothing to remove.
  for (const m of ctx.plan.memberships) if (m.deleted && m.existing !== null) ctx.plan.removals.memberships.push({ id: m.existing, archivedAt: m.fields.archivedAt, file: 'roles.csv', line: m.line });
  ctx.plan.memberships = ctx.plan.memberships.filter((m) => !m.deleted);
  return { students, movementClasses };
}

