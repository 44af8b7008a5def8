import { describe, expect, it } from 'vitest';
import { REFERENCE_SEED_DAY, seedClock, shiftYear, todaysSeedDay } from '@/db/seed/clock';

describe('the seed clock (issue 15, item 22)', () => {
  it('takes the school year of the day, the summer belonging to the year before', () => {
    expect(seedClock()).toMatchObject({ day: REFERENCE_SEED_DAY, schoolYear: 2026, yearShift: 0 });
    expect(seedClock().now.toISOString()).toBe('2026-11-28T03:00:00.000Z');
    expect(seedClock('2027-08-31').schoolYear).toBe(2026);
    expect(seedClock('2027-09-01')).toMatchObject({ schoolYear: 2027, yearShift: 1 });
    expect(shiftYear(seedClock('2028-01-15'), '2026-11-27')).toBe('2027-11-27');
  });

  it('refuses a day that is not a date, and reads today in Almaty', () => {
    for (const bad of ['2027-02-30', '27-10-14', 'today', '']) expect(() => seedClock(bad), bad).toThrow(/YYYY-MM-DD/);
    expect(todaysSeedDay(new Date('2026-12-03T20:00:00Z'))).toBe('2026-12-04');
  });
});
