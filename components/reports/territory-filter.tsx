import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { initialFilterList } from '@/lib/reports/filter-options';
import type { ReportScope } from '@/lib/reports/scope';
import { parseTerritory } from '@/lib/reports/territory';
import type { SearchParams } from '@/lib/search-params';
import { single } from '@/lib/search-params';
import { TerritorySelects } from './territory-selects';

/**
 * The territory filter of every report (figure 15): region → district → institution type →
 * institution, then "Select". A plain GET form: the filters live in the address and the page
 * answers them on the server; the lists narrow as the user chooses (TerritorySelects).
 */
export async function TerritoryFilter({ scope, params, hidden = {}, children }: { scope: ReportScope; params: SearchParams; hidden?: Record<string, string>; children?: ReactNode }) {
  const t = await getTranslations('Reports');
  const locale = await getLocale();
  const filter = parseTerritory(params);
  const list = initialFilterList(scope, filter.ok ? filter.value : {});
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
          <Select id="filter-region" disabled className="w-full">
            <option>{scope.authority.regionName || scope.authority.shortName}</option>
          </Select>
        </div>
        <TerritorySelects
          key={['district', 'type', 'school'].map((k) => single(params[k]) ?? '').join('/')}
          labels={{
            district: t('district'),
            allDistricts: t('all_districts'),
            type: t('institution_type'),
            allTypes: t('all_types'),
            institution: t('institution'),
            allInstitutions: t('all_institutions'),
            cleared: t('school_cleared'),
            chooseFirst: t('institutions_choose_first'),
            loading: t('institutions_loading'),
            failed: t('institutions_failed'),
          }}
          districts={scope.districts}
          types={scope.types}
          institutions={list.institutions}
          complete={list.complete}
          listUrl={`/api/org/${scope.authority.id}/report-institutions?locale=${locale}`}
          initial={{ district: single(params.district) ?? '', type: single(params.type) ?? '', school: single(params.school) ?? '' }}
        />
      </div>
      {children}
      <div>
        <Button type="submit">
          {t('select')}
        </Button>
      </div>
    </form>
  );
}
