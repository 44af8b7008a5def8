import { arrayLiteral, idList } from '@/db/bulk-insert';
import { todayIn } from '@/lib/time/calendar-date';
import type { Parsed } from './territory';

/** Small readers of address parameters shared by the report definitions. */

/** A PostgreSQL int[] literal for `= any(…::int[])`. */
export function idArray(ids: readonly number[]): string {
  return idList(ids);
}

/** A PostgreSQL text[] literal, each value quoted. */
export function textArray(values: readonly string[]): string {
  return arrayLiteral(values);
}

/** The report's default "as of" day: today in the authority's time zone. */
export function reportToday(timeZone: string, now = new Date()): string {
  return todayIn(timeZone, now);
}

/** A YYYY-MM-DD day between 2000-01-01 and today; empty means today. */
export function parseDay(value: string | undefined, today: string): Parsed<string> {
  if (value === undefined || value === '') return { ok: true, value: today };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false, error: 'date_invalid' };
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value || value < '2000-01-01' || value > today) return { ok: false, error: 'date_invalid' };
  return { ok: true, value };
}

/** Checkbox values from the address: every value must be one of `allowed`; none given means all. */
export function parseChoices<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): Parsed<T[]> {
  if (value === undefined) return { ok: true, value: [...allowed] };
  const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== '');
  if (values.some((v) => !(allowed as readonly string[]).includes(v))) return { ok: false, error: 'filter_invalid' };
  return { ok: true, value: allowed.filter((a) => values.includes(a)) };
}
