import { getTranslations } from 'next-intl/server';
import { headerFor, IMPORT_COLUMNS } from '@/lib/people/import/columns';
import type { ImportRow } from '@/lib/people/import/validate-rows';
import type { Locale } from '@/lib/i18n/routing';
import { membershipRole } from '@/db/schema';
import { ImportProblems } from './import-problems';

/** One page of the preview: each row with its problems in the admin's language. */
export async function ImportPreviewTable({ rows, locale }: { rows: ImportRow[]; locale: Locale }) {
  const t = await getTranslations('PersonImport');
  const tRoles = await getTranslations('Roles');
  const fieldLabel = (field: string) => (IMPORT_COLUMNS.includes(field as never) ? headerFor(field as never, locale) : field);
  const role = (value: string) => ((membershipRole.enumValues as readonly string[]).includes(value) ? tRoles(value as never) : value);
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-neutral-200 text-neutral-600">
        <tr>
          <th scope="col" className="py-2 pr-3">{t('col_line')}</th>
          <th scope="col" className="py-2 pr-3">{t('col_person')}</th>
          <th scope="col" className="py-2 pr-3">{t('col_iin')}</th>
          <th scope="col" className="py-2 pr-3">{t('col_role')}</th>
          <th scope="col" className="py-2">{t('col_problems')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className="border-b border-neutral-100 align-top last:border-0" data-testid="import-row">
            <td className="py-2 pr-3">{row.line}</td>
            <td className="py-2 pr-3">{[row.values.surname, row.values.name, row.values.patronymic].filter(Boolean).join(' ')}</td>
            <td className="py-2 pr-3 font-mono">{row.values.iin}</td>
            <td className="py-2 pr-3">{role(row.values.role)}</td>
            <td className="py-2">
              {row.errors ? (
                <ImportProblems errors={row.errors} fieldLabel={fieldLabel} />
              ) : (
                <span className="text-green-700">{t('row_ready')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
