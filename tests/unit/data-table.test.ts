import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Column, DataTable } from '@/components/ui/data-table';

/**
 * The one data table (issue 14 §3): the features give columns and rows; the table draws the
 * scrolling frame, header sort links with their order announced, grouped headers, sections,
 * totals, the empty state and the page links — without hooks, so a server component renders it.
 */
type Row = { id: number; name: string; pupils: number };
const rows: Row[] = [
  { id: 1, name: 'School 1', pupils: 300 },
  { id: 2, name: 'School 2', pupils: 120 },
];
const columns: Array<Column<Row>> = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sort: { href: '/r?sort=0', order: 'desc', title: 'Sort' } },
  { id: 'pupils', header: 'Pupils', cell: (r) => r.pupils, className: 'text-right', cellTestId: 'pupils', sort: { href: '/r?sort=1', order: null, title: 'Sort' } },
];
const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]>) =>
  renderToStaticMarkup(createElement(DataTable<Row>, { columns, rows, rowKey: (r) => r.id, ...props }));

describe('DataTable', () => {
  it('draws each row through the column definitions, in a scrolling frame, with the row and cell test ids', () => {
    const html = render({ rowProps: () => ({ 'data-testid': 'school-row' }), testId: 'schools', caption: 'Schools' });
    expect(html).toMatch(/^<div class="overflow-x-auto"><table class="[^"]+" data-testid="schools"><caption class="sr-only">Schools<\/caption>/);
    expect(html.match(/data-testid="school-row"/g)).toHaveLength(2);
    expect(html).toContain('<td class="text-right" data-testid="pupils">300</td>');
    expect(html).toContain('<td>School 2</td>');
  });

  it('makes sortable headers links to the server order and announces the current order only', () => {
    const html = render({});
    expect(html).toContain('<th scope="col" aria-sort="descending"><a href="/r?sort=0" title="Sort">Name<span aria-hidden="true"> ▼</span></a></th>');
    expect(html).toContain('<th scope="col"><a href="/r?sort=1" title="Sort">Pupils</a></th>');
  });

  it('shows the empty state instead of the table, and the page links either way', () => {
    const html = render({ rows: [], empty: createElement('p', null, 'Nothing'), pagination: createElement('nav', null, 'pages') });
    expect(html).toBe('<p>Nothing</p><nav>pages</nav>');
    expect(render({ pagination: createElement('nav', null, 'pages') })).toMatch(/<\/table><\/div><nav>pages<\/nav>$/);
  });

  it('puts grouped columns under one header spanning them, the ungrouped ones across both header rows', () => {
    const grouped: Array<Column<Row>> = [
      { id: 'name', header: 'Name', cell: (r) => r.name },
      { id: 'a', header: 'Boys', group: 'Pupils', cell: (r) => r.pupils },
      { id: 'b', header: 'Girls', group: 'Pupils', cell: (r) => r.pupils },
    ];
    const html = render({ columns: grouped });
    expect(html).toContain('<thead><tr><th scope="col" rowSpan="2" class="align-bottom">Name</th><th scope="col" colSpan="2" class="align-bottom">Pupils</th></tr><tr><th scope="col">Boys</th><th scope="col">Girls</th></tr></thead>');
  });

  it('draws sections under their titles and the totals row at the foot', () => {
    const html = render({ sections: [{ key: 'north', title: 'North (2)', rows }], totals: { row: { id: 0, name: 'Total', pupils: 420 }, testId: 'totals' } });
    expect(html).toContain('<tbody><tr><th scope="rowgroup" colSpan="2" class="bg-sky-50 text-left">North (2)</th></tr><tr><td>School 1</td>');
    expect(html).toContain('<tfoot><tr class="font-semibold" data-testid="totals"><td>Total</td><td class="text-right" data-testid="pupils">420</td></tr></tfoot>');
  });
});
