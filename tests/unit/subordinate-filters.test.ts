import { describe, expect, it } from 'vitest';
import { filtersAmongOptions, subordinateFiltersSchema } from '@/lib/organizations/subordinates/schemas';
import { SEARCH_MAX_LENGTH } from '@/lib/search-params';

describe('subordinate institutions’ filters from the address (F-4.7)', () => {
  it('reads the name as every search does: trimmed, cut to its longest, never dropped', () => {
    expect(subordinateFiltersSchema.parse({ q: '  Мектеп ' }).q).toBe('Мектеп');
    expect(subordinateFiltersSchema.parse({}).q).toBe('');
    const long = 'ә'.repeat(SEARCH_MAX_LENGTH + 20);
    expect(subordinateFiltersSchema.parse({ q: long }).q).toBe('ә'.repeat(SEARCH_MAX_LENGTH));
  });

  it('drops an id that is not one, keeps one that is', () => {
    expect(subordinateFiltersSchema.parse({ type: 'x', group: '-1', territory: '7' })).toEqual({ q: '', type: undefined, group: undefined, territory: 7 });
  });

  it('keeps only ids among the choices the selects show, so a list is never filtered by an "All"', () => {
    const options = { types: [{ id: 1 }, { id: 2 }], groups: [{ id: 5 }], territories: [{ id: 7 }] };
    expect(filtersAmongOptions({ q: 'a', type: 2, group: 6, territory: 7 }, options)).toEqual({ q: 'a', type: 2, group: undefined, territory: 7 });
    expect(filtersAmongOptions({ q: '', type: 3, group: 5, territory: 70 }, options)).toEqual({ q: '', type: undefined, group: 5, territory: undefined });
    expect(filtersAmongOptions({ q: '' }, options)).toEqual({ q: '', type: undefined, group: undefined, territory: undefined });
  });
});
