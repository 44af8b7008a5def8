import { getTranslations } from 'next-intl/server';
import { headerFor, IMPORT_COLUMNS } from '@/lib/people/import/columns';
import type { ImportRow } from '@/lib/people/import/validate-rows';
import type { Locale } from '@/lib/i18n/routing';
import { membershipRole } from '@/db/schema';
import { ImportRowsTable } from './import-rows-table';

/** One page of the preview: each row with its problems in the admin's language. */
export async function ImportPreviewTable({ rows, locale }: { rows: ImportRow[]; locale: Locale }) {
  const t = await getTranslations('PersonImport');
  const tRoles = await getTranslations('Roles');
  const fieldLabel = (field: string) => (IMPORT_COLUMNS.includes(field as never) ? headerFor(field as never, locale) : field);
  const role = (value: string) => ((membershipRole.enumValues as readonly string[]).includes(value) ? tRoles(value as never) : value);
  return (
    <ImportRowsTable
      headers={[t('col_person'), t('col_iin'), t('col_role'), t('col_problems')]}
      fieldLabel={fieldLabel}
      rows={rows.map((row) => ({
        line: row.line,
        cells: [[row.values.surname, row.values.name, row.values.patronymic].filter(Boolean).join(' '), <span key="iin" className="font-mono">{row.values.iin}</span>, role(row.values.role)],
        errors: row.errors,
        ready: t('row_ready'),
      }))}
    />
  );
}
