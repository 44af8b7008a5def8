import { describe, expect, it } from 'vitest';
import { subordinateFiltersSchema } from '@/lib/organizations/subordinates/schemas';
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
});
