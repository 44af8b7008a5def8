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

  // The two audit writers merged into lib/audit/record.ts: these are the rules kept from each.
  it('treats a field left undefined as untouched and a missing value as null', () => {
    const before = { email: 'a@b.kz' as string | null, patronymic: null as string | null, phone: undefined as string | null | undefined };
    expect(changesBetween(before, { email: undefined, patronymic: null, phone: null })).toEqual({});
    expect(changesBetween(before, { patronymic: 'Маратовна' })).toEqual({ patronymic: { from: null, to: 'Маратовна' } });
    expect(changesBetween({ at: new Date('2026-09-01T00:00:00Z') }, { at: new Date('2026-09-01T00:00:00Z') })).toEqual({});
  });

  it('leaves empty fields out of a created or deleted entity', () => {
    expect(created({ surname: 'Жұмабаев', patronymic: null, email: '', phone: undefined })).toEqual({ surname: { from: null, to: 'Жұмабаев' } });
    expect(deleted({ title: 'T', note: null, memberIds: [] })).toEqual({ title: { from: 'T', to: null }, memberIds: { from: [], to: null } });
  });
});
