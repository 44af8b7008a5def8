import { getTranslations } from 'next-intl/server';
import { Select } from '@/components/ui/input';
import { NavLink } from '@/components/ui/nav-link';
import { INSTITUTION_REPORTS } from '@/lib/reports/institution/common';

/** The reports of one institution as a row of links; the chosen quarter goes along. */
export async function InstitutionReportNav({ base, current, quarter }: { base: string; current: string; quarter: string }) {
  const t = await getTranslations('ReportInstitution');
  return (
    <nav aria-label={t('menu_title')} className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-2 border-b border-neutral-200 pb-2 text-sm">
        {INSTITUTION_REPORTS.map((name) => (
          <li key={name}>
            <NavLink
              href={quarter ? { pathname: `${base}/${name}`, query: { quarter } } : `${base}/${name}`}
              aria-current={name === current ? 'page' : undefined}
              className={`rounded px-2 py-1 ${name === current ? 'bg-sky-800 text-white' : 'text-sky-800 hover:bg-sky-50'}`}
            >
              {t(`report_${name}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export async function QuarterSelect({ value }: { value: string }) {
  const t = await getTranslations('ReportInstitution');
  return (
    <div className="flex flex-col gap-1 md:w-64">
      <label htmlFor="filter-quarter" className="text-sm font-medium">
        {t('quarter')}
      </label>
      <Select id="filter-quarter" name="quarter" defaultValue={value}>
        <option value="">{t('all_quarters')}</option>
        {[1, 2, 3, 4].map((q) => (
          <option key={q} value={q}>
            {t('quarter_n', { quarter: q })}
          </option>
        ))}
      </Select>
    </div>
  );
}
