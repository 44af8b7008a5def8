import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ReportScope } from '@/lib/reports/scope';
import type { SearchParams } from '@/lib/reports/territory';

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

const selectClass = 'w-full rounded border border-neutral-400 bg-white px-3 py-2';

/**
 * The territory filter of every report (figure 15): region → district → institution type →
 * institution, then "Select". A plain GET form: the filters live in the address and the page
 * answers them on the server. The institution list follows the district and type chosen last.
 */
export async function TerritoryFilter({ scope, params, hidden = {}, children }: { scope: ReportScope; params: SearchParams; hidden?: Record<string, string>; children?: ReactNode }) {
  const t = await getTranslations('Reports');
  const district = single(params.district);
  const type = single(params.type);
  const institutions = scope.institutions.filter((i) => (!district || String(i.territoryId) === district) && (!type || String(i.typeId) === type));
  return (
    <form method="get" className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm print:hidden" aria-labelledby="report-filter-heading">
      <h2 id="report-filter-heading" className="text-base font-semibold">
        {t('territory')}
      </h2>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-3 md:grid-cols-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-region" className="text-sm font-medium">
            {t('region')}
          </label>
          <select id="filter-region" disabled className={`${selectClass} disabled:bg-neutral-100`}>
            <option>{scope.authority.regionName || scope.authority.shortName}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-district" className="text-sm font-medium">
            {t('district')}
          </label>
          <select id="filter-district" name="district" defaultValue={district} className={selectClass}>
            <option value="">{t('all_districts')}</option>
            {scope.districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-type" className="text-sm font-medium">
            {t('institution_type')}
          </label>
          <select id="filter-type" name="type" defaultValue={type} className={selectClass}>
            <option value="">{t('all_types')}</option>
            {scope.types.map((ty) => (
              <option key={ty.id} value={ty.id}>
                {ty.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-school" className="text-sm font-medium">
            {t('institution')}
          </label>
          <select id="filter-school" name="school" defaultValue={single(params.school)} className={selectClass}>
            <option value="">{t('all_institutions')}</option>
            {institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.shortName}
              </option>
            ))}
          </select>
        </div>
      </div>
      {children}
      <div>
        <button type="submit" className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900">
          {t('select')}
        </button>
      </div>
    </form>
  );
}
