import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, offsetLabel, timeZoneOptions, utcOffsetMinutes } from '@/lib/organizations/settings/time-zones';
import { DEFAULT_TIME_ZONE } from '@/lib/time/calendar-date';
import { formatDate, formatDateTime } from '@/lib/time/format';

describe('organisation time zones', () => {
  it('put Kazakhstan on UTC+5 since 2024-03-01 and on UTC+6 before (tz database 2024a or later)', () => {
    expect(utcOffsetMinutes('Asia/Almaty', new Date('2024-03-01T12:00:00Z'))).toBe(300);
    expect(utcOffsetMinutes('Asia/Almaty', new Date('2024-02-28T12:00:00Z'))).toBe(360);
  });

  it('label the default "(UTC+05:00)" Astana and list every zone once, by offset', () => {
    const options = timeZoneOptions(new Date('2026-01-15T00:00:00Z'));
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Almaty');
    expect(options.find((o) => o.id === 'Asia/Almaty')).toEqual({ id: 'Asia/Almaty', city: 'astana', label: '(UTC+05:00)' });
    expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
    const offsets = options.map((o) => utcOffsetMinutes(o.id, new Date('2026-01-15T00:00:00Z')));
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('write offsets with sign, hours and minutes', () => {
    expect(offsetLabel(330)).toBe('(UTC+05:30)');
    expect(offsetLabel(-600)).toBe('(UTC-10:00)');
    expect(offsetLabel(0)).toBe('(UTC)');
    expect(utcOffsetMinutes('Asia/Kolkata')).toBe(330);
  });

  it('accept only the listed zones', () => {
    expect(isKnownTimeZone('Asia/Almaty')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('asia/almaty')).toBe(false);
    expect(isKnownTimeZone(undefined)).toBe(false);
  });

  it('format a moment in the organisation zone: the same instant reads 17:30 in Astana, 13:30 in London (summer time)', () => {
    const instant = new Date('2026-05-04T12:30:00Z');
    expect(formatDateTime(instant, 'en', 'Asia/Almaty')).toContain('17:30');
    expect(formatDateTime(instant, 'en', 'Europe/London')).toContain('13:30');
    expect(formatDateTime(instant, 'en', 'UTC')).toContain('12:30');
    // Late evening in UTC is already the next day in Astana.
    expect(formatDate(new Date('2026-05-04T20:00:00Z'), 'en', 'Asia/Almaty')).toBe('5 May 2026');
    expect(formatDate(new Date('2026-05-04T20:00:00Z'), 'en', 'UTC')).toBe('4 May 2026');
  });
});
