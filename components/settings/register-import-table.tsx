import { getTranslations } from 'next-intl/server';
import { ImportRowsTable } from '@/components/admin-people/import/import-rows-table';
import type { RegisterImportRow } from '@/lib/organizations/register/import/apply';
import { registerFieldLabel } from '@/lib/organizations/register/import/columns';

/** One page of the register import's preview: each row, what Confirm does (or did) with it or its problems. */
export async function RegisterImportTable({ rows, committed }: { rows: RegisterImportRow[]; committed: boolean }) {
  const [t, tAll] = await Promise.all([getTranslations('RegisterImport'), getTranslations()]);
  return (
    <ImportRowsTable
      headers={[t('col_name'), t('col_bin'), t('col_outcome')]}
      fieldLabel={(field) => tAll(registerFieldLabel(field) as never)}
      rows={rows.map((row) => ({
        line: row.line,
        cells: [row.values.shortName, <span key="bin" className="font-mono">{row.values.bin}</span>],
        errors: row.errors,
        ready: t(`${committed ? 'done' : 'outcome'}_${row.outcome ?? 'create'}`),
      }))}
    />
  );
}
