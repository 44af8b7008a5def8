import { getTranslations } from 'next-intl/server';
import { Select } from '@/components/ui/input';
import { LinkTabs } from '@/components/ui/link-tabs';
import { INSTITUTION_REPORTS } from '@/lib/reports/institution/common';

/** The reports of one institution as tabs; the chosen quarter goes along. */
export async function InstitutionReportNav({ base, current, quarter }: { base: string; current: string; quarter: string }) {
  const t = await getTranslations('ReportInstitution');
  return (
    <LinkTabs
      label={t('menu_title')}
      current={current}
      tabs={INSTITUTION_REPORTS.map((name) => ({ key: name, label: t(`report_${name}`), href: quarter ? { pathname: `${base}/${name}`, query: { quarter } } : `${base}/${name}` }))}
    />
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
