import { describe, expect, it } from 'vitest';
import { isSchoolDay, quarterOf, schoolCalendar, schoolDays } from '@/lib/journal/calendar';
import { todayIn } from '@/lib/time/calendar-date';
import { percentOf } from '@/lib/reports/activity';
import { attestationParams, parseAttestationFilters } from '@/lib/reports/attestation';
import { printBackHref } from '@/lib/reports/links';
import { schoolYearOf, share } from '@/lib/reports/institution/common';
import { parseChoices, parseDay } from '@/lib/reports/params';
import type { ReportScope } from '@/lib/reports/scope';
import { tabulate } from '@/lib/reports/tabulate';
import { parseTerritory, selectInstitutions } from '@/lib/reports/territory';
import type { ReportDefinition } from '@/lib/reports/definition';

const scope: ReportScope = {
  authority: { id: 1, shortName: 'A', fullName: 'Authority', timeZone: 'Asia/Almaty', regionName: 'R' },
  institutions: [
    { id: 10, shortName: 'S10', fullName: 'S10', territoryId: 100, municipality: 'D100', typeId: 7, typeName: 'School' },
    { id: 11, shortName: 'S11', fullName: 'S11', territoryId: 101, municipality: 'D101', typeId: 8, typeName: 'Lyceum' },
  ],
  districts: [
    { id: 100, name: 'D100' },
    { id: 101, name: 'D101' },
    { id: 102, name: 'D102' },
  ],
  types: [
    { id: 7, name: 'School' },
    { id: 8, name: 'Lyceum' },
  ],
};

describe('territory filter', () => {
  it('selects institutions by district, type and institution of the authority’s own scope', () => {
    const pick = (params: Record<string, string>) => {
      const parsed = parseTerritory(params);
      if (!parsed.ok) return parsed.error;
      const selected = selectInstitutions(scope, parsed.value);
      return selected.ok ? selected.value.map((i) => i.id) : selected.error;
    };
    expect(pick({})).toEqual([10, 11]);
    expect(pick({ district: '100' })).toEqual([10]);
    expect(pick({ district: '102' })).toEqual([]);
    expect(pick({ type: '8' })).toEqual([11]);
    // A district plus another district's institution is refused with the reason, not zeros (issue 15, item 8).
    expect(pick({ district: '100', school: '11' })).toBe('school_outside_filter');
    expect(pick({ type: '7', school: '11' })).toBe('school_outside_filter');
    expect(pick({ district: '101', type: '8', school: '11' })).toEqual([11]);
    expect(pick({ district: '' })).toEqual([10, 11]);
    expect(pick({ district: '999' })).toBe('district_unknown');
    expect(pick({ type: '9' })).toBe('type_unknown');
    expect(pick({ school: '12' })).toBe('school_unknown');
    for (const bad of ['x', '0', '-3', '1.5', '01', '3000000000']) expect(pick({ school: bad }), bad).toBe('filter_invalid');
  });

  it('reads dates and checkbox choices strictly', () => {
    expect(parseDay(undefined, '2026-11-28')).toEqual({ ok: true, value: '2026-11-28' });
    expect(parseDay('2026-02-28', '2026-11-28')).toEqual({ ok: true, value: '2026-02-28' });
    for (const bad of ['2026-02-29', '2026-11-29', '1999-12-31', '2026-1-1', 'today']) expect(parseDay(bad, '2026-11-28').ok, bad).toBe(false);
    expect(parseChoices(undefined, ['a', 'b'] as const)).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseChoices(['b', 'a', 'b'], ['a', 'b'] as const)).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseChoices('c', ['a', 'b'] as const)).toEqual({ ok: false, error: 'filter_invalid' });
  });
});

describe('attestation filters in the address', () => {
  it('leave out the lists that hold every choice, and read back as they were', () => {
    const parsed = (params: Record<string, string | string[]>) => {
      const result = parseAttestationFilters(params, scope);
      if (!result.ok) throw new Error(result.error);
      return result.value;
    };
    // The default report's export and print links carry no role or category list, and no `set`.
    expect(attestationParams(parsed({}))).toEqual({});
    expect(attestationParams(parsed({ set: '1', role: ['director', 'deputy_director', 'head_of_studies', 'teacher'], category: 'expert' }))).toEqual({ category: ['expert'] });
    const cases: Array<Record<string, string | string[]>> = [{}, { set: '1', role: 'teacher', category: ['expert', 'none'] }, { district: '100', role: ['director', 'teacher'] }, { set: '1', category: 'first', role: ['teacher', 'director', 'deputy_director', 'head_of_studies'] }];
    for (const params of cases) {
      const filters = parsed(params);
      expect(parsed(attestationParams(filters)), JSON.stringify(params)).toEqual(filters);
    }
  });
});

describe('the print view’s way back', () => {
  it('leads the due list back to its tab of the attestation page, with the filters', () => {
    expect(printBackHref(1, 'attestation-due', { role: 'teacher' })).toBe('/org/1/reports/attestation?role=teacher&form=due');
    expect(printBackHref(1, 'attestation', { role: 'teacher' })).toBe('/org/1/reports/attestation?role=teacher');
  });
});

describe('school calendar', () => {
  const calendar = schoolCalendar(2026);
  it('knows the quarters, the holidays and the weekends', () => {
    expect(quarterOf(calendar, '2026-09-01')).toBe(1);
    expect(quarterOf(calendar, '2026-10-28')).toBeNull();
    expect(quarterOf(calendar, '2026-11-27')).toBe(2);
    expect(isSchoolDay(calendar, '2026-11-28')).toBe(false);
    expect(isSchoolDay(calendar, '2026-12-16')).toBe(false);
    expect(schoolDays(calendar, '2026-09-01', '2026-09-07')).toEqual(['2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-07']);
  });

  it('takes the day in the organisation’s time zone and the school year from 1 September', () => {
    expect(todayIn('Asia/Almaty', new Date('2026-11-27T19:30:00Z'))).toBe('2026-11-28');
    expect(todayIn('Asia/Almaty', new Date('2026-11-27T18:59:59Z'))).toBe('2026-11-27');
    expect(schoolYearOf('2026-08-31')).toBe(2025);
    expect(schoolYearOf('2026-09-01')).toBe(2026);
  });
});

describe('report arithmetic and cells', () => {
  it('rounds shares as the reports show them', () => {
    expect(percentOf(1056, 1772)).toBe(59);
    expect(percentOf(1504, 3464)).toBe(43);
    expect(percentOf(0, 0)).toBe(0);
    expect(share(2, 3)).toBe(66.7);
    expect(share(1, 0)).toBe(0);
  });

  it('turns rows into cells: numbers stay numbers, empty text says so, message keys are translated, the totals row is named', () => {
    type Row = { name: string; kind: string; n: number };
    const definition: ReportDefinition<null, Row> = {
      key: 'test',
      namespace: 'NS',
      numbered: true,
      parse: () => ({ ok: true, value: null }),
      run: async () => ({ rows: [] }),
      columns: () => [
        { key: 'name', label: 'col_name', kind: 'text', value: (r) => r.name, empty: 'no_data' },
        { key: 'kind', label: 'col_kind', group: 'group', kind: 'text', value: (r) => r.kind, translated: true },
        { key: 'n', label: 'col_n', group: 'group', kind: 'integer', value: (r) => r.n },
      ],
      params: () => ({}),
    };
    const t = (key: string) => `<${key}>`;
    const table = tabulate(definition, null, { rows: [{ name: '', kind: 'a,b', n: 3 }], totals: { name: '', kind: '', n: 3 } }, t);
    expect(table.columns.map((c) => [c.label, c.group])).toEqual([
      ['№', null],
      ['<NS.col_name>', null],
      ['<NS.col_kind>', '<NS.group>'],
      ['<NS.col_n>', '<NS.group>'],
    ]);
    expect(table.rows).toEqual([[1, '<NS.no_data>', '<NS.a>, <NS.b>', 3]]);
    expect(table.totals).toEqual([null, '<Reports.total>', '', 3]);
  });
});
