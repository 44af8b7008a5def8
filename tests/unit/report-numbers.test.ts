import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { type ComponentProps, createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReportTable } from '@/components/reports/report-table';
import type { ReportTable as Table } from '@/lib/reports/tabulate';
import { compiledMessages } from '@/lib/i18n/compiled-messages';

// The catalogues as the app formats them (compiled once, lib/i18n/compiled-messages.ts).
const [kk, ru, en] = (['kk', 'ru', 'en'] as const).map(compiledMessages);

/**
 * Issue 15 §18: numbers in the reports (their table, print view and count lines) are written in
 * the page's language: "3 609" and "44,8" in Kazakh and Russian, "3,609" and "44.8" in English,
 * never "3609", and counts through ICU plural messages.
 */

// Intl separates groups with a no-break space (U+00A0 or U+202F): compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const table: Table = {
  columns: [
    { key: 'name', label: 'School', group: null, kind: 'text' },
    { key: 'people', label: 'People', group: null, kind: 'integer' },
    { key: 'average', label: 'Average', group: null, kind: 'decimal' },
    { key: 'percent', label: '%', group: null, kind: 'percent' },
  ],
  rows: [['School 1', 3609, 44.8, 59]],
  sections: null,
  totals: ['Total', 12345, 4, 100],
};

function renderTable(locale: 'kk' | 'ru' | 'en') {
  const provider = { locale, messages: {} } as ComponentProps<typeof NextIntlClientProvider>;
  const html = renderToString(createElement(NextIntlClientProvider, provider, createElement(ReportTable, { table, caption: 'Report', testId: 't' })));
  return plain(html);
}

describe('report table cells', () => {
  it.each([
    ['kk', '3 609', '44,8', '12 345', '4,0'],
    ['ru', '3 609', '44,8', '12 345', '4,0'],
    ['en', '3,609', '44.8', '12,345', '4.0'],
  ] as const)('in %s write %s, %s, %s and %s', (locale, people, average, total, totalAverage) => {
    const html = renderTable(locale);
    expect(html).toContain(`>${people}</td>`);
    expect(html).toContain(`>${average}</td>`);
    expect(html).toContain(`>${total}</td>`);
    expect(html).toContain(`>${totalAverage}</td>`);
    expect(html).not.toContain('>3609<');
  });
});

describe('report table alignment', () => {
  const cellsOf = (html: string) => [...html.matchAll(/<td( class="([^"]*)")?>/g)].map((m) => m[2] ?? '');

  it('says right once on the table when most columns hold figures, and left on the text cells', () => {
    const html = renderTable('en');
    expect(html).toMatch(/<table class="[^"]*\[:where\(&amp;\)_td\]:text-right/);
    // The body row, then the totals row: the name says left, the figures say nothing.
    expect(cellsOf(html)).toEqual(['text-left', '', '', '', 'text-left', '', '', '']);
  });

  it('says right on each figure when most columns hold text', () => {
    const words: Table = { ...table, columns: table.columns.map((c, i) => (i < 3 ? { ...c, kind: 'text' } : c)), rows: [['a', 'b', 'c', 1]], totals: null };
    const provider = { locale: 'en', messages: {} } as ComponentProps<typeof NextIntlClientProvider>;
    const html = renderToString(createElement(NextIntlClientProvider, provider, createElement(ReportTable, { table: words, caption: 'Report', testId: 't' })));
    expect(html).not.toContain(':where(');
    expect(cellsOf(html)).toEqual(['', '', '', 'text-right']);
  });
});

const reportCounts = [
  'ReportActivity.count_municipalities',
  'ReportActivity.count_institutions',
  'ReportAttestation.due_count',
  'ReportInstitutions.count',
  'ReportInstitution.rows',
  'People.count',
  'AdminPeople.count',
  'OrgPage.subordinate_institutions',
] as const;

describe('count lines', () => {
  it.each([
    ['kk', '3 609', kk],
    ['ru', '3 609', ru],
    ['en', '3,609', en],
  ] as const)('in %s write a count of 3609 as %s', (locale, written, messages) => {
    const t = createTranslator({ locale, messages: messages as never });
    for (const key of reportCounts) expect(plain(t(key as never, { count: 3609 } as never)), key).toContain(written);
    const shown = plain(t('Reports.shown_rows' as never, { shown: 1000, total: 3609 } as never));
    expect(shown).toContain(written);
    expect(shown).toContain(locale === 'en' ? '1,000' : '1 000');
  });

  it('keeps Kazakh nouns singular after a number ("3 609 жол") and Russian ones agreeing ("21 строка", "5 строк")', () => {
    const tKk = createTranslator({ locale: 'kk', messages: kk as never });
    expect(plain(tKk('ReportInstitution.rows' as never, { count: 3609 } as never))).toBe('3 609 жол');
    expect(plain(tKk('ReportAttestation.due_count' as never, { count: 2 } as never))).toBe('2 адам');
    const tRu = createTranslator({ locale: 'ru', messages: ru as never });
    expect(tRu('ReportInstitution.rows' as never, { count: 21 } as never)).toBe('21 строка');
    expect(tRu('ReportInstitution.rows' as never, { count: 5 } as never)).toBe('5 строк');
  });
});
