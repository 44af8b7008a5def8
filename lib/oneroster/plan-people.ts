import { sql } from 'drizzle-orm';
import type { MembershipRole } from '@/db/schema';
import { arrayLiteral } from '@/db/bulk-insert';
import { utcOffsetMinutes } from '@/lib/organizations/settings/time-zones';
import { iinDisagreements, parseIin } from '@/lib/people/iin';
import { DEFAULT_TIME_ZONE } from '@/lib/time/calendar-date';
import { cell, type CsvFile, hasColumn, type Row } from './bundle';
import { isExtension, MD, ROLE_TYPES, ROLES, SEXES } from './files';
import type { Local } from './ids';
import { orgAllowed, orgKinds } from './plan-orgs';
import {
  type Ctx,
  existingRows,
  isDate,
  isDeleted,
  isInstant,
  jsonCell,
  type MembershipFields,
  type MembershipPlan,
  type Movement,
  type PersonPlan,
  problem,
  type Ref,
  refKey,
  removalTarget,
  requiredAll,
  resolveAll,
  statusProblem,
} from './plan';

/** users.csv, demographics.csv and roles.csv into the plan (docs/oneroster.md). */

const IIN_IN_USER_IDS = /\{\s*IIN\s*:\s*([^}]*)\}/i;

const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));

export async function planPersons(ctx: Ctx): Promise<Map<string, string[]>> {
  const agents = new Map<string, string[]>();
  const file = ctx.bundle.files.get('users');
  if (!file) return agents;
  const demographics = ctx.bundle.files.get('demographics');
  const demo = new Map<string, Row>();
  for (const row of demographics?.rows ?? []) {
    const id = cell(demographics!, row, 'sourcedId');
    if (id) demo.set(id, row);
  }
  const mapped = await existingRows(ctx, 'person', file.rows.map((r) => cell(file, r, 'sourcedId')));
  const pending: Array<{ plan: PersonPlan; row: Row }> = [];
  const iins = new Map<string, number>();
  const logins = new Map<string, number>();

  const removed: Row[] = [];
  for (const row of file.rows) {
    if (isDeleted(file, row)) {
      removed.push(row);
      continue;
    }
    const [sourcedId, givenName, familyName, enabled] = requiredAll(ctx, file, row, ['sourcedId', 'givenName', 'familyName', 'enabledUser']);
    const username = cell(file, row, 'username');
    if (statusProblem(ctx, file, row) || !sourcedId || !givenName || !familyName || !enabled) continue;
    if (ctx.refs.person.has(sourcedId)) {
      problem(ctx, file, row, 'sourcedId', 'id_twice', { id: sourcedId });
      continue;
    }
    if (enabled !== 'true' && enabled !== 'false') problem(ctx, file, row, 'enabledUser', 'boolean_invalid', { value: enabled });
    const identifier = cell(file, row, 'identifier');
    const fromUserIds = IIN_IN_USER_IDS.exec(cell(file, row, 'userIds'))?.[1]?.trim() ?? '';
    const iin = /^\d{12}$/.test(identifier) ? identifier : fromUserIds;
    const column = /^\d{12}$/.test(identifier) || !fromUserIds ? 'identifier' : 'userIds';
    if (!iin) {
      problem(ctx, file, row, 'identifier', 'iin_missing');
      continue;
    }
    const parsed = parseIin(iin);
    if (!parsed.valid) {
      problem(ctx, file, row, column, 'iin_invalid', { value: iin, problem: parsed.problem });
      continue;
    }
    if (iins.has(iin)) {
      problem(ctx, file, row, column, 'iin_twice', { value: iin, line: iins.get(iin)! });
      continue;
    }
    iins.set(iin, row.line);
    let birthDate = parsed.birthDate;
    let sex = parsed.sex;
    const d = demo.get(sourcedId);
    if (d && demographics) {
      const givenDate = cell(demographics, d, 'birthDate');
      const givenSex = cell(demographics, d, 'sex');
      if (givenDate && !isDate(givenDate)) problem(ctx, demographics, d, 'birthDate', 'date_invalid', { value: givenDate });
      if (givenSex && !(SEXES as readonly string[]).includes(givenSex) && !isExtension(givenSex)) problem(ctx, demographics, d, 'sex', 'enum_invalid', { value: givenSex });
      const entered = { birthDate: givenDate || birthDate, sex: givenSex === 'male' || givenSex === 'female' ? givenSex : sex };
      for (const field of iinDisagreements(iin, entered)) problem(ctx, demographics, d, field === 'birth_date' ? 'birthDate' : 'sex', 'iin_disagrees', { value: iin });
      birthDate = entered.birthDate;
      sex = entered.sex;
    }
    const md = (c: string) => cell(file, row, `${MD}${c}`);
    let user: PersonPlan['user'] = null;
    if (enabled === 'true') {
      if (!username) problem(ctx, file, row, 'username', 'value_missing');
      const key = username.toLowerCase();
      if (logins.has(key)) problem(ctx, file, row, 'username', 'login_twice', { value: username, line: logins.get(key)! });
      logins.set(key, row.line);
      user = { login: username };
      if (hasColumn(file, `${MD}userEmail`)) user.email = md('userEmail') || null;
      if (md('registeredAt')) user.registeredAt = md('registeredAt');
      if (hasColumn(file, `${MD}lastSignInAt`)) user.lastSignInAt = md('lastSignInAt') || null;
      if (md('showContacts')) user.showContacts = md('showContacts') === 'true';
      for (const c of ['registeredAt', 'lastSignInAt'] as const) if (md(c) && !isInstant(md(c))) problem(ctx, file, row, `${MD}${c}`, 'date_invalid', { value: md(c) });
    }
    const signIns = jsonCell(ctx, file, row, `${MD}signIns`, isNumberList) ?? [];
    const plan: PersonPlan = {
      sourcedId,
      line: row.line,
      existing: mapped.get(sourcedId)?.id ?? null,
      fields: {
        surname: familyName,
        name: givenName,
        patronymic: cell(file, row, 'middleName') || null,
        birthDate,
        sex,
        iin,
        ...(hasColumn(file, 'email') ? { email: cell(file, row, 'email') || null } : {}),
        ...(hasColumn(file, 'phone') ? { phone: cell(file, row, 'phone') || null } : {}),
      },
      user,
      signIns,
    };
    pending.push({ plan, row });
    const list = cell(file, row, 'agentSourcedIds');
    if (list) agents.set(sourcedId, list.split(',').map((s) => s.trim()).filter(Boolean));
  }

  await planUserRemovals(ctx, file, removed, mapped);

  // Not mapped yet: the same IIN here is the same person.
  const unmapped = pending.filter((p) => p.plan.existing === null);
  if (unmapped.length > 0) {
    const byIin = await ctx.tx.execute<{ id: number; iin: string }>(sql`select id, iin from persons where iin = any(${arrayLiteral(unmapped.map((p) => p.plan.fields.iin))}::text[])`);
    const ids = new Map(byIin.map((p) => [p.iin, p.id]));
    for (const p of unmapped) p.plan.existing = ids.get(p.plan.fields.iin) ?? null;
  }
  // A changed IIN must not take another person's; a login must not be another person's.
  const taken = await ctx.tx.execute<{ person_id: number; login: string }>(sql`
    select person_id, lower(login) as login from users where lower(login) = any(${arrayLiteral(pending.filter((p) => p.plan.user).map((p) => p.plan.user!.login.toLowerCase()))}::text[])`);
  const owner = new Map(taken.map((t) => [t.login, t.person_id]));
  const iinOwners = new Map(
    (await ctx.tx.execute<{ id: number; iin: string }>(sql`select id, iin from persons where iin = any(${arrayLiteral(pending.filter((p) => p.plan.existing !== null).map((p) => p.plan.fields.iin))}::text[])`)).map((p) => [p.iin, p.id]),
  );
  for (const { plan, row } of pending) {
    if (plan.existing !== null && (iinOwners.get(plan.fields.iin) ?? plan.existing) !== plan.existing) problem(ctx, file, row, 'identifier', 'iin_taken', { value: plan.fields.iin });
    const by = plan.user ? owner.get(plan.user.login.toLowerCase()) : undefined;
    if (by !== undefined && by !== plan.existing) problem(ctx, file, row, 'username', 'login_taken', { value: plan.user!.login });
    const index = ctx.plan.persons.push(plan) - 1;
    ctx.refs.person.set(plan.sourcedId, plan.existing === null ? { planned: index } : { existing: plan.existing });
  }
  return agents;
}

/**
 * A user's tobedeleted row archives the person's active memberships in the importer's
 * jurisdiction, as People → Remove from organisation does: the person, their account and their
 * history stay. A user never imported is found by the IIN of the row, if it gives one.
 */
async function planUserRemovals(ctx: Ctx, file: CsvFile, rows: readonly Row[], mapped: ReadonlyMap<string, Local>): Promise<void> {
  // The row asking for each person's removal, so a refusal (the last admin) names it.
  const lineOf = new Map<number, number>();
  const byIin = new Map<string, number>();
  for (const row of rows) {
    const target = removalTarget(ctx, file, row, mapped);
    if (target) lineOf.set(target.id, row.line);
    else {
      const iin = cell(file, row, 'identifier') || (IIN_IN_USER_IDS.exec(cell(file, row, 'userIds'))?.[1]?.trim() ?? '');
      if (parseIin(iin).valid) byIin.set(iin, row.line);
    }
  }
  if (byIin.size > 0) {
    const found = await ctx.tx.execute<{ id: number; iin: string }>(sql`select id, iin from persons where iin = any(${arrayLiteral([...byIin.keys()])}::text[])`);
    for (const p of found) if (!lineOf.has(p.id)) lineOf.set(p.id, byIin.get(p.iin)!);
  }
  if (lineOf.size === 0) return;
  const active = await ctx.tx.execute<{ id: number; person_id: number }>(sql`
    select id, person_id from memberships where archived_at is null and person_id = any(${`{${[...lineOf.keys()].join(',')}}`}::int[])
      and (${ctx.jurisdiction === null} or organization_id = any(${`{${[...(ctx.jurisdiction ?? [])].join(',')}}`}::int[]))`);
  for (const m of active) ctx.plan.removals.memberships.push({ id: m.id, archivedAt: null, file: 'users.csv', line: lineOf.get(m.person_id)! });
}

/** A person's agents: a student's parents; on anyone else's row, the students among them are their children. */
export function planParentLinks(ctx: Ctx, agents: Map<string, string[]>, students: Set<string>): void {
  const file = ctx.bundle.files.get('users');
  if (!file) return;
  const seen = new Set<string>();
  for (const row of file.rows) {
    const sourcedId = cell(file, row, 'sourcedId');
    const self = ctx.refs.person.get(sourcedId);
    if (!self) continue;
    for (const agent of agents.get(sourcedId) ?? []) {
      const other = ctx.refs.person.get(agent);
      if (!other) {
        problem(ctx, file, row, 'agentSourcedIds', 'reference_unknown', { id: agent });
        continue;
      }
      const [student, parent] = students.has(sourcedId) ? [self, other] : students.has(agent) ? [other, self] : [null, null];
      if (!student || !parent) continue;
      const key = `${refKey(student)}|${refKey(parent)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.plan.parentLinks.push({ student, parent });
    }
  }
}

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
      where archived_at is null and person_id = any(${`{${candidates.map((m) => (m.person as { existing: number }).existing).join(',')}}`}::int[])`);
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

/** Time zones of the organisations the plan uses: planned ones from the bundle, ours from the database. */
export async function orgTimeZones(ctx: Ctx): Promise<Map<string, string>> {
  const zones = new Map<string, string>();
  ctx.plan.orgs.forEach((o, i) => {
    if (o.existing === null) zones.set(`p${i}`, o.fields.timeZone ?? DEFAULT_TIME_ZONE);
  });
  for (const o of await ctx.tx.execute<{ id: number; time_zone: string }>(sql`select id, time_zone from organizations`)) zones.set(`e${o.id}`, o.time_zone);
  return zones;
}

export const fileName = (f: CsvFile) => `${f.name}.csv`;
