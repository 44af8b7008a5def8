import { privateJson } from '@/lib/auth/route-access';
import { toLocale } from '@/lib/i18n/routing';
import { reportAccessForRequest } from '@/lib/reports/access';
import { filterOptions } from '@/lib/reports/filter-options';
import { paramsOf, parseTerritory, selectInstitutions } from '@/lib/reports/territory';

/**
 * GET ?district=&type=&locale=kk — the institutions of the authority's reports that fit a district
 * and/or a type, for the territory filter of a region too large to send them all with every page
 * (components/reports/territory-selects.tsx). The authority's staff only (org.reports.view); anyone
 * else, or an unknown organisation, 404; a district or type outside the authority's scope 400.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const access = await reportAccessForRequest((await params).id, toLocale(url.searchParams.get('locale') ?? ''));
  if (!access) return privateJson(404, { error: 'not_found' });
  const filter = parseTerritory({ ...paramsOf(url.searchParams), school: undefined });
  const selected = filter.ok ? selectInstitutions(access.scope, filter.value) : filter;
  if (!selected.ok) return privateJson(400, { error: selected.error });
  return privateJson(200, filterOptions(selected.value));
}
