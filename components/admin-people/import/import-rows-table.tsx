import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/ui/data-table';
import { ImportProblems } from './import-problems';

export type ImportTableRow = { line: number; cells: ReactNode[]; errors: Record<string, string[]> | null; ready: ReactNode };

/**
 * One page of a spreadsheet import's preview (people, register): the row's line, its cells, and in
 * the last column what Confirm does with it or its problems, each beside its field's label.
 */
export async function ImportRowsTable({ headers, rows, fieldLabel }: { headers: string[]; rows: ImportTableRow[]; fieldLabel: (field: string) => string }) {
  const t = await getTranslations('PersonImport');
  // The last header names the column of what Confirm does (or the row's problems).
  const columns: Array<Column<ImportTableRow>> = [
    { id: 'line', header: t('col_line'), cell: (row) => row.line },
    ...headers.slice(0, -1).map((header, i): Column<ImportTableRow> => ({ id: `cell-${i}`, header, cell: (row) => row.cells[i] })),
    { id: 'outcome', header: headers.at(-1), cell: (row) => (row.errors ? <ImportProblems errors={row.errors} fieldLabel={fieldLabel} /> : <span className="text-green-700">{row.ready}</span>) },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.line} rowProps={() => ({ 'data-testid': 'import-row' })} />;
}
