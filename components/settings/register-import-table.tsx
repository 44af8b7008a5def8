import { getTranslations } from 'next-intl/server';
import { ImportProblems } from '@/components/admin-people/import/import-problems';
import type { RegisterImportRow } from '@/lib/organizations/register-import/apply';
import { registerFieldLabel } from '@/lib/organizations/register-import/columns';

/** One page of the register import's preview: each row, what Confirm does with it or its problems. */
export async function RegisterImportTable({ rows, committed }: { rows: RegisterImportRow[]; committed: boolean }) {
  const [t, tImport, tAll] = await Promise.all([getTranslations('RegisterImport'), getTranslations('PersonImport'), getTranslations()]);
  const fieldLabel = (field: string) => tAll(registerFieldLabel(field) as never);
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-neutral-200 text-neutral-600">
        <tr>
          <th scope="col" className="py-2 pr-3">{tImport('col_line')}</th>
          <th scope="col" className="py-2 pr-3">{t('col_name')}</th>
          <th scope="col" className="py-2 pr-3">{t('col_bin')}</th>
          <th scope="col" className="py-2">{t('col_outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className="border-b border-neutral-100 align-top last:border-0" data-testid="import-row">
            <td className="py-2 pr-3">{row.line}</td>
            <td className="py-2 pr-3">{row.values.shortName}</td>
            <td className="py-2 pr-3 font-mono">{row.values.bin}</td>
            <td className="py-2">
              {row.errors ? (
                <ImportProblems errors={row.errors} fieldLabel={fieldLabel} />
              ) : (
                <span className="text-green-700">{t(`${committed ? 'done' : 'outcome'}_${row.outcome ?? 'create'}`)}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
