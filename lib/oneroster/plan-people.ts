import { sql } from 'drizzle-orm';
import { arrayLiteral, idList } from '@/db/bulk-insert';
import { iinDisagreements, parseIin } from '@/lib/people/iin';
import { DEFAULT_TIME_ZONE } from '@/lib/time/calendar-date';
import { cell, type CsvFile, hasColumn, type Row } from './bundle';
import { isExtension, MD, SEXES } from './files';
import type { Local } from './ids';
import { type PersonPlan, refKey } from './plan';
import { type Ctx, existingRows, isDate, isDeleted, isInstant, jsonCell, problem, removalTarget, requiredAll, statusProblem } from './plan-context';

/** users.csv and demographics.csv into the plan (docs/oneroster.md); roles.csv is plan-roles.ts. */

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
    select id, person_id from memberships where archived_at is null and person_id = any(${idList(lineOf.keys())}::int[])
      and (${ctx.jurisdiction === null} or organization_id = any(${idList(ctx.jurisdiction ?? [])}::int[]))`);
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
