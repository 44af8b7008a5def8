/**
 * Calendar dates ("YYYY-MM-DD", no time) as an organisation sees them. A read-by date is a day
 * in the organisation's time zone: it stays current until that day ends there.
 */
import { dateTimeFormat } from '../i18n/formatters';
import { intlLocale } from '../i18n/intl-locale';

/** Kazakhstan is on UTC+5 (Asia/Almaty) since 2024-03-01: the zone of an organisation that names none. */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

export const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The calendar date of an instant in a time zone, e.g. "2026-11-28" in Asia/Almaty while it is 2026-11-27 in UTC. */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A YYYY-MM-DD date moved by whole days (calendar arithmetic in UTC, no time zone involved). */
export function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A real calendar date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date in the user's language, without shifting it through any time zone. */
export function formatCalendarDate(value: string, locale: string): string {
  return dateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** "YYYY-MM" of a date, and the month before / after. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value >= '1970-01' && value <= '9999-12';
}

/**
 * The weeks of a month as a calendar shows them, Monday first: each day a date, or null for
 * the blanks before the 1st and after the last day.
 */
export function monthGrid(month: string): Array<Array<string | null>> {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: Array<string | null> = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month's name and year ("November 2026") and the short weekday names, Monday first. */
export function monthTitle(month: string, locale: string): string {
  const title = dateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  // "ноябрь 2026 г." → "Ноябрь 2026 г."; only the first letter, so "2026 ж. қараша" keeps its "ж.".
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export function weekdayNames(locale: string): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    dateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
}
