import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ImportProblems } from './import-problems';

export type ImportTableRow = { line: number; cells: ReactNode[]; errors: Record<string, string[]> | null; ready: ReactNode };

/**
 * One page of a spreadsheet import's preview (people, register): the row's line, its cells, and in
 * the last column what Confirm does with it or its problems, each beside its field's label.
 */
export async function ImportRowsTable({ headers, rows, fieldLabel }: { headers: string[]; rows: ImportTableRow[]; fieldLabel: (field: string) => string }) {
  const t = await getTranslations('PersonImport');
  const columns = [t('col_line'), ...headers];
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-neutral-200 text-neutral-600">
        <tr>
          {columns.map((header, i) => (
            <th key={header} scope="col" className={i < columns.length - 1 ? 'py-2 pr-3' : 'py-2'}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className="border-b border-neutral-100 align-top last:border-0" data-testid="import-row">
            <td className="py-2 pr-3">{row.line}</td>
            {row.cells.map((cell, i) => (
              <td key={i} className="py-2 pr-3">
                {cell}
              </td>
            ))}
            <td className="py-2">{row.errors ? <ImportProblems errors={row.errors} fieldLabel={fieldLabel} /> : <span className="text-green-700">{row.ready}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
