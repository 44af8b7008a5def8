'use client';

import { useMemo, useRef, useState } from 'react';
import { OptionSelect, type SelectOption } from '@/components/ui/option-select';
import type { InstitutionEntry } from '@/lib/reports/filter-options';

type Institution = SelectOption & { territoryId: number | null; typeId: number | null };

const toInstitutions = (entries: readonly InstitutionEntry[]) => entries.map(([id, name, territoryId, typeId]): Institution => ({ id, name, territoryId, typeId }));

type Labels = {
  district: string;
  allDistricts: string;
  type: string;
  allTypes: string;
  institution: string;
  allInstitutions: string;
  cleared: string;
  /** Said under the institution select while a large region's list waits for a district or type. */
  chooseFirst: string;
  loading: string;
  failed: string;
};

/**
 * District → type → institution as a live cascade: the institution list narrows as a district or
 * a type is chosen, before "Select". An institution that no longer fits the district or type is
 * unselected and the user is told so (a polite live region), never kept to give zeros. Without
 * JavaScript the selects still submit as a plain GET form and the server refuses a mismatch.
 * A large region's page sends only the institutions that fit (`complete` false, lib/reports/
 * filter-options.ts); then choosing a district or type asks `listUrl` for theirs.
 */
export function TerritorySelects(props: {
  labels: Labels;
  districts: SelectOption[];
  types: SelectOption[];
  institutions: InstitutionEntry[];
  complete: boolean;
  listUrl: string;
  initial: { district: string; type: string; school: string };
}) {
  const { labels, complete } = props;
  const initialList = useMemo(() => toInstitutions(props.institutions), [props.institutions]);
  const [list, setList] = useState(initialList);
  const [district, setDistrict] = useState(props.initial.district);
  const [type, setType] = useState(props.initial.type);
  const [school, setSchool] = useState(props.initial.school);
  const [cleared, setCleared] = useState(false);
  const [fetching, setFetching] = useState<'' | 'loading' | 'failed'>('');
  // Only the answer for the latest choice is shown: an earlier, slower one is dropped.
  const latest = useRef(0);
  const fits = (i: Institution, d: string, t: string) => (!d || String(i.territoryId) === d) && (!t || String(i.typeId) === t);
  const institutions = list.filter((i) => fits(i, district, type) || String(i.id) === school);

  const load = async (d: string, t: string, keep: Institution | undefined) => {
    const request = ++latest.current;
    if (!d && !t) {
      setFetching('');
      return setList(keep ? [keep] : []);
    }
    setFetching('loading');
    try {
      const query = new URLSearchParams({ ...(d ? { district: d } : {}), ...(t ? { type: t } : {}) });
      const response = await fetch(`${props.listUrl}&${query}`, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const entries = (await response.json()) as InstitutionEntry[];
      if (request !== latest.current) return;
      setList(toInstitutions(entries));
      setFetching('');
    } catch {
      if (request === latest.current) setFetching('failed');
    }
  };

  const narrow = (d: string, t: string) => {
    setDistrict(d);
    setType(t);
    const chosen = list.find((i) => String(i.id) === school);
    const stays = chosen !== undefined && fits(chosen, d, t);
    if (chosen && !stays) setSchool('');
    setCleared(chosen !== undefined && !stays);
    if (!complete) void load(d, t, stays ? chosen : undefined);
  };

  return (
    <>
      <OptionSelect id="filter-district" name="district" label={labels.district} value={district} all={labels.allDistricts} options={props.districts} onChange={(e) => narrow(e.target.value, type)} />
      <OptionSelect id="filter-type" name="type" label={labels.type} value={type} all={labels.allTypes} options={props.types} onChange={(e) => narrow(district, e.target.value)} />
      <OptionSelect
        id="filter-school"
        name="school"
        label={labels.institution}
        value={school}
        all={labels.allInstitutions}
        options={institutions}
        hint={!complete && !district && !type ? labels.chooseFirst : undefined}
        onChange={(e) => {
          setSchool(e.target.value);
          setCleared(false);
        }}
      />
      <p role="status" className="text-sm text-amber-800 md:col-span-4" data-testid="filter-school-cleared">
        {[cleared ? labels.cleared : '', fetching ? labels[fetching] : ''].filter(Boolean).join(' ')}
      </p>
    </>
  );
}
