import { schoolYearOf } from '../../lib/reports/institution/common';
import { DEFAULT_TIME_ZONE, todayIn } from '../../lib/time/calendar-date';

/**
 * The seed's clock: the demo is laid out around the day it is seeded — its school year, the
 * journal and the sign-ins up to that day, the messages' read-by days — so a newcomer sees a live
 * region (sign-ins today and this week) whenever they install it. The same day gives the same
 * data; tests pass REFERENCE_SEED_DAY (the default of seedDemo) and so never depend on the date
 * they run on. "Now" is 09:00 in Almaty (03:00 UTC) of that day.
 */

export const REFERENCE_SEED_DAY = '2026-11-28';
/** The school year the plan's fixed dates (birth years, attestation periods) were written for. */
const REFERENCE_SCHOOL_YEAR = 2026;

export type SeedClock = {
  day: string;
  now: Date;
  /** The school year the day falls in (2026 for 2026/27); the summer belongs to the year before. */
  schoolYear: number;
  /** Whole years from the reference school year: birth years and past periods move with it. */
  yearShift: number;
};

export function seedClock(day: string = REFERENCE_SEED_DAY): SeedClock {
  const now = new Date(`${day}T03:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(now.getTime()) || now.toISOString().slice(0, 10) !== day) throw new Error(`The seed day must be a date YYYY-MM-DD, not "${day}"`);
  const schoolYear = schoolYearOf(day);
  return { day, now, schoolYear, yearShift: schoolYear - REFERENCE_SCHOOL_YEAR };
}

/** A reference date ("2026-11-27") moved by the clock's whole years. */
export function shiftYear(clock: SeedClock, date: string): string {
  return `${Number(date.slice(0, 4)) + clock.yearShift}${date.slice(4)}`;
}

/** Today in Kazakhstan: the day the start script and `db:seed` lay the demo out around. */
export function todaysSeedDay(now: Date = new Date()): string {
  return todayIn(DEFAULT_TIME_ZONE, now);
}
