/**
 * The school year (1 September – late May) in four quarters with the holidays between them, and
 * the public holidays that fall on school days. Dates are calendar dates (YYYY-MM-DD) in the
 * school's own time zone; nothing here reads the clock.
 */

import { addDaysTo } from '@/lib/time/calendar-date';

export type Quarter = { quarter: 1 | 2 | 3 | 4; from: string; to: string };

export type SchoolCalendar = { schoolYear: number; quarters: readonly Quarter[]; holidays: ReadonlySet<string> };

/**
 * The quarters follow the Ministry's order for 2025/26 and 2026/27 (autumn holidays end of
 * October, winter from 29 December to 7 January, spring around Nauryz); other years reuse the
 * same days of the month.
 */
export function schoolCalendar(schoolYear: number): SchoolCalendar {
  const a = String(schoolYear);
  const b = String(schoolYear + 1);
  return {
    schoolYear,
    quarters: [
      { quarter: 1, from: `${a}-09-01`, to: `${a}-10-25` },
      { quarter: 2, from: `${a}-11-02`, to: `${a}-12-28` },
      { quarter: 3, from: `${b}-01-08`, to: `${b}-03-18` },
      { quarter: 4, from: `${b}-03-30`, to: `${b}-05-25` },
    ],
    // Independence Day, New Year, Women's Day, Nauryz, Unity Day, Defender's and Victory Day.
    holidays: new Set([`${a}-12-16`, `${b}-01-01`, `${b}-01-02`, `${b}-03-08`, `${b}-03-23`, `${b}-05-01`, `${b}-05-07`, `${b}-05-09`]),
  };
}

/** The quarter a date falls in, or null in the holidays and outside the school year. */
export function quarterOf(calendar: SchoolCalendar, date: string): Quarter['quarter'] | null {
  for (const q of calendar.quarters) if (date >= q.from && date <= q.to) return q.quarter;
  return null;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Monday to Friday inside a quarter and not a public holiday. */
export function isSchoolDay(calendar: SchoolCalendar, date: string): boolean {
  return isoWeekday(date) <= 5 && quarterOf(calendar, date) !== null && !calendar.holidays.has(date);
}

/** Every school day from `from` to `to`, both included. */
export function schoolDays(calendar: SchoolCalendar, from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDaysTo(d, 1)) if (isSchoolDay(calendar, d)) days.push(d);
  return days;
}
