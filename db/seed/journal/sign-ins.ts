import { sql } from 'drizzle-orm';
import { isoWeekday, quarterOf, type SchoolCalendar } from '../../../lib/journal/calendar';
import { addDaysTo, DEFAULT_TIME_ZONE, todayIn } from '../../../lib/time/calendar-date';
import { recordSignIns, type SignIn } from '../../../lib/journal/sign-ins';
import type { DbTransaction } from '../../index';
import type { SeedPlan } from '../plan';
import type { Random } from '../random';

/**
 * Sign-in history of every user from the start of the school year, ending exactly at the
 * user's last sign-in (users.lastSignInAt, set by the people seed; users without one never
 * signed in). Staff sign in more often than students, students more than parents; weekends are
 * quiet and the last week of a quarter busy.
 */

const BASE_RATE = { staff: 0.1, student: 0.035, parent: 0.03 } as const;
type Kind = keyof typeof BASE_RATE;
const BATCH = 20_000;

function kindsByPerson(plan: SeedPlan, personIds: readonly number[]): Map<number, Kind> {
  const kinds = new Map<number, Kind>();
  for (const m of plan.memberships) {
    const id = personIds[m.personIndex]!;
    const kind: Kind = m.role === 'student' ? 'student' : m.role === 'parent' ? 'parent' : 'staff';
    const current = kinds.get(id);
    // The most active role decides how often a person signs in.
    if (!current || BASE_RATE[kind] > BASE_RATE[current]) kinds.set(id, kind);
  }
  return kinds;
}

function dayFactor(calendar: SchoolCalendar, date: string): number {
  const weekday = isoWeekday(date);
  const quarter = quarterOf(calendar, date);
  let factor = weekday === 6 ? 0.45 : weekday === 7 ? 0.35 : 1;
  if (quarter === null) factor *= 0.6;
  else if (date >= addDaysTo(calendar.quarters[quarter - 1]!.to, -7)) factor *= 1.8;
  return factor;
}

/**
 * Writes the history and returns how many sign-ins it made, holding back those a departed
 * student made after leaving (`departures`: person id → the instant they left): the caller
 * writes them once the departure is recorded, so the rollups see events in the order of time.
 */
export async function generateSignIns(
  tx: DbTransaction,
  plan: SeedPlan,
  personIds: readonly number[],
  calendar: SchoolCalendar,
  rng: Random,
  departures: ReadonlyMap<number, Date>,
): Promise<{ count: number; afterDeparture: SignIn[] }> {
  const kinds = kindsByPerson(plan, personIds);
  const users = await tx.execute<{ id: number; person_id: number; registered_at: string; last_sign_in_at: string | null }>(
    sql`select id, person_id, registered_at, last_sign_in_at from users where last_sign_in_at is not null order by id`,
  );
  const windowStart = calendar.quarters[0]!.from;
  const factors = new Map<string, number>();
  let batch: SignIn[] = [];
  const afterDeparture: SignIn[] = [];
  let total = 0;
  for (const user of users) {
    const departure = departures.get(user.person_id);
    const from = batch.length;
    const last = new Date(user.last_sign_in_at!);
    const rate = BASE_RATE[kinds.get(user.person_id) ?? 'parent'] * (0.3 + rng.next() * 1.6);
    const lastDay = todayIn(DEFAULT_TIME_ZONE, last);
    const registeredDay = todayIn(DEFAULT_TIME_ZONE, new Date(user.registered_at));
    for (let day = registeredDay > windowStart ? registeredDay : windowStart; day < lastDay; day = addDaysTo(day, 1)) {
      if (!factors.has(day)) factors.set(day, dayFactor(calendar, day));
      if (!rng.chance(Math.min(0.9, rate * factors.get(day)!))) continue;
      const times = rng.chance(0.2) ? 2 : 1;
      for (let i = 0; i < times; i++) {
        // 07:00–22:59 in Almaty (UTC+5).
        batch.push({ userId: user.id, at: new Date(Date.parse(`${day}T02:00:00Z`) + rng.int(0, 16 * 60 - 1) * 60_000) });
      }
    }
    batch.push({ userId: user.id, at: last });
    if (departure) {
      afterDeparture.push(...batch.slice(from).filter((s) => s.at >= departure));
      batch = [...batch.slice(0, from), ...batch.slice(from).filter((s) => s.at < departure)];
    }
    if (batch.length >= BATCH) {
      await recordSignIns(tx, batch);
      total += batch.length;
      batch = [];
    }
  }
  await recordSignIns(tx, batch);
  return { count: total + batch.length + afterDeparture.length, afterDeparture };
}
