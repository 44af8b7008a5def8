import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ReportScope } from '@/lib/reports/scope';
import type { SearchParams } from '@/lib/search-params';
import { single } from '@/lib/search-params';

const selectClass = 'w-full rounded border border-neutral-400 bg-white px-3 py-2';

function FilterSelect({ id, name, label, value, all, options }: { id: string; name: string; label: string; value: string; all: string; options: Array<{ id: number; name: string }> }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={selectClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The territory filter of every report (figure 15): region → district → institution type →
 * institution, then "Select". A plain GET form: the filters live in the address and the page
 * answers them on the server. The institution list follows the district and type chosen last.
 */
export async function TerritoryFilter({ scope, params, hidden = {}, children }: { scope: ReportScope; params: SearchParams; hidden?: Record<string, string>; children?: ReactNode }) {
  const t = await getTranslations('Reports');
  const district = single(params.district) ?? '';
  const type = single(params.type) ?? '';
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
        <FilterSelect id="filter-district" name="district" label={t('district')} value={district} all={t('all_districts')} options={scope.districts} />
        <FilterSelect id="filter-type" name="type" label={t('institution_type')} value={type} all={t('all_types')} options={scope.types} />
        <FilterSelect
          id="filter-school"
          name="school"
          label={t('institution')}
          value={single(params.school) ?? ''}
          all={t('all_institutions')}
          options={institutions.map((i) => ({ id: i.id, name: i.shortName }))}
        />
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
