import { describe, expect, it } from 'vitest';
import { formatCalendarDate, isCalendarDate, monthGrid, shiftMonth, todayIn } from '@/lib/time/calendar-date';
import { notificationContent } from '@/lib/notifications/schemas';

describe('calendar dates in the organisation’s time zone', () => {
  it('is still the 28th in Almaty until 19:00 UTC, then the 29th', () => {
    expect(todayIn('Asia/Almaty', new Date('2026-11-28T18:59:59Z'))).toBe('2026-11-28');
    expect(todayIn('Asia/Almaty', new Date('2026-11-28T19:00:00Z'))).toBe('2026-11-29');
    expect(todayIn('UTC', new Date('2026-11-28T19:00:00Z'))).toBe('2026-11-28');
  });

  it('accepts only real dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('28.11.2026')).toBe(false);
  });

  it('shows a date as that day in every language, never shifted', () => {
    expect(formatCalendarDate('2026-12-01', 'en')).toBe('1 Dec 2026');
    expect(formatCalendarDate('2026-12-01', 'ru')).toContain('1 дек');
  });

  it('lays out a month Monday first', () => {
    const weeks = monthGrid('2026-11');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.at(-1)![0]).toBe('2026-11-30');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('the message’s content', () => {
  it('counts a text’s line breaks once, as the textarea does', () => {
    const body = `${'a'.repeat(4_999)}\r\n${'b'.repeat(5_000)}`;
    expect(notificationContent.safeParse({ title: 'T', body, readBy: '' }).success).toBe(true);
    expect(notificationContent.safeParse({ title: 'T', body: `${body}x`, readBy: '' }).error?.issues[0]?.message).toBe('NotificationWizard.text_too_long');
  });

  it('refuses a 201-character title and drops NUL characters PostgreSQL cannot store', () => {
    expect(notificationContent.safeParse({ title: 'x'.repeat(201), body: 'b' }).error?.issues[0]?.message).toBe('NotificationWizard.title_too_long');
    expect(notificationContent.parse({ title: 'a\u0000b', body: 'c' }).title).toBe('ab');
  });
});
