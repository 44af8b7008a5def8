import { describe, expect, it } from 'vitest';
import { changesBetween, created, deleted } from '@/lib/audit/record';

describe('audit changes', () => {
  it('records only the fields whose value changed, arrays compared by content', () => {
    const before = { name: 'A', info: 'same', headPersonId: 3 as number | null, memberIds: [1, 2] };
    expect(changesBetween(before, { name: 'B', info: 'same', headPersonId: null, memberIds: [1, 2] })).toEqual({
      name: { from: 'A', to: 'B' },
      headPersonId: { from: 3, to: null },
    });
    expect(changesBetween(before, { memberIds: [2, 1] })).toEqual({ memberIds: { from: [1, 2], to: [2, 1] } });
    expect(changesBetween(before, { ...before })).toEqual({});
  });

  it('records a created entity from null and a deleted one to null', () => {
    expect(created({ title: 'T' })).toEqual({ title: { from: null, to: 'T' } });
    expect(deleted({ title: 'T' })).toEqual({ title: { from: 'T', to: null } });
  });
});
