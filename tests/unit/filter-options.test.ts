import { describe, expect, it } from 'vitest';
import { FILTER_LIST_MAX, initialFilterList } from '@/lib/reports/filter-options';
import type { ReportScope } from '@/lib/reports/scope';

/** A region of `count` institutions in two districts (10, 11) and two types (1, 2). */
function scopeOf(count: number): ReportScope {
  return {
    authority: { id: 1, shortName: 'A', fullName: 'A', timeZone: 'Asia/Almaty', regionName: 'R' },
    institutions: Array.from({ length: count }, (_, i) => ({
      id: 100 + i,
      shortName: `School ${i}`,
      fullName: `School ${i}`,
      territoryId: i % 2 === 0 ? 10 : 11,
      municipality: '',
      typeId: i % 3 === 0 ? 2 : 1,
      typeName: '',
    })),
    districts: [
      { id: 10, name: 'D10' },
      { id: 11, name: 'D11' },
    ],
    types: [
      { id: 1, name: 'T1' },
      { id: 2, name: 'T2' },
    ],
  };
}

describe('the territory filter’s institution list on the page', () => {
  it('is the whole scope, complete, for a region of up to FILTER_LIST_MAX institutions', () => {
    const list = initialFilterList(scopeOf(FILTER_LIST_MAX), { district: 10 });
    expect(list.complete).toBe(true);
    expect(list.institutions).toHaveLength(FILTER_LIST_MAX);
    expect(list.institutions[0]).toEqual([100, 'School 0', 10, 2]);
  });

  it('in a larger region is only what fits the district and type chosen, and nothing before a choice', () => {
    const scope = scopeOf(200);
    expect(initialFilterList(scope, {})).toEqual({ institutions: [], complete: false });
    const district = initialFilterList(scope, { district: 11 });
    expect(district.complete).toBe(false);
    expect(district.institutions).toHaveLength(100);
    expect(district.institutions.every(([, , territoryId]) => territoryId === 11)).toBe(true);
    const both = initialFilterList(scope, { district: 10, type: 2 });
    expect(both.institutions.map(([id]) => id)).toEqual(scope.institutions.filter((i) => i.territoryId === 10 && i.typeId === 2).map((i) => i.id));
  });

  it('always lists the institution chosen, even outside the district (the page says it does not fit)', () => {
    const scope = scopeOf(200);
    expect(initialFilterList(scope, { school: 103 }).institutions).toEqual([[103, 'School 3', 11, 2]]);
    const outside = initialFilterList(scope, { district: 10, school: 103 });
    expect(outside.institutions[0]).toEqual([103, 'School 3', 11, 2]);
    expect(outside.institutions).toHaveLength(101);
    // An unknown district lists nothing but the choice; the page shows the filter's error.
    expect(initialFilterList(scope, { district: 99 }).institutions).toEqual([]);
  });
});
