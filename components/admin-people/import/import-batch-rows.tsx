import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Pagination } from '@/components/ui/pagination';
import { NavLink } from '@/components/ui/nav-link';

/** A preview's rows a page at a time, all of them or only those with errors (every spreadsheet import). */
export async function ImportBatchRows(props: { pathname: string; batchId: string; onlyErrors: boolean; page: number; total: number; invalid: number; children: ReactNode }) {
  const t = await getTranslations('PersonImport');
  const { pathname, batchId, onlyErrors } = props;
  return (
    <>
      <nav className="flex gap-4 text-sm" aria-label={t('col_problems')}>
        <NavLink href={`${pathname}?batch=${batchId}`} aria-current={onlyErrors ? undefined : 'page'} className={onlyErrors ? 'text-sky-800 underline' : 'font-semibold'}>
          {t('show_all')}
        </NavLink>
        <NavLink href={`${pathname}?batch=${batchId}&errors=1`} aria-current={onlyErrors ? 'page' : undefined} className={onlyErrors ? 'font-semibold' : 'text-sky-800 underline'}>
          {t('show_errors')}
        </NavLink>
      </nav>
      {props.children}
      <Pagination pathname={pathname} query={{ batch: batchId, errors: onlyErrors ? '1' : undefined }} page={props.page} total={onlyErrors ? props.invalid : props.total} />
    </>
  );
}
