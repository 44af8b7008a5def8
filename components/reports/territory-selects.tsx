'use client';

import { useMemo, useState } from 'react';
import { Select as SelectControl } from '@/components/ui/input';

type Option = { id: number; name: string };
type Institution = Option & { territoryId: number | null; typeId: number | null };
/**
 * An institution as the page sends it: a tuple rather than an object, whose four key names
 * would be most of its weight in the page's payload — one per institution of the region (issue 13).
 */
export type InstitutionEntry = [id: number, name: string, territoryId: number | null, typeId: number | null];

function Select({ id, name, label, value, all, options, onChange }: { id: string; name: string; label: string; value: string; all: string; options: Option[]; onChange: (value: string) => void }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <SelectControl id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} className="w-full">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectControl>
    </div>
  );
}

/**
 * District → type → institution as a live cascade: the institution list narrows as a district or
 * a type is chosen, before "Select". An institution that no longer fits the district or type is
 * unselected and the user is told so (a polite live region), never kept to give zeros. Without
 * JavaScript the selects still submit as a plain GET form and the server refuses a mismatch.
 */
export function TerritorySelects(props: {
  labels: { district: string; allDistricts: string; type: string; allTypes: string; institution: string; allInstitutions: string; cleared: string };
  districts: Option[];
  types: Option[];
  institutions: InstitutionEntry[];
  initial: { district: string; type: string; school: string };
}) {
  const { labels } = props;
  const all = useMemo(() => props.institutions.map(([id, name, territoryId, typeId]): Institution => ({ id, name, territoryId, typeId })), [props.institutions]);
  const [district, setDistrict] = useState(props.initial.district);
  const [type, setType] = useState(props.initial.type);
  const [school, setSchool] = useState(props.initial.school);
  const [cleared, setCleared] = useState(false);
  const fits = (i: Institution, d: string, t: string) => (!d || String(i.territoryId) === d) && (!t || String(i.typeId) === t);
  const institutions = all.filter((i) => fits(i, district, type) || String(i.id) === school);

  const narrow = (d: string, t: string) => {
    setDistrict(d);
    setType(t);
    const chosen = all.find((i) => String(i.id) === school);
    if (chosen && !fits(chosen, d, t)) {
      setSchool('');
      setCleared(true);
    } else setCleared(false);
  };

  return (
    <>
      <Select id="filter-district" name="district" label={labels.district} value={district} all={labels.allDistricts} options={props.districts} onChange={(v) => narrow(v, type)} />
      <Select id="filter-type" name="type" label={labels.type} value={type} all={labels.allTypes} options={props.types} onChange={(v) => narrow(district, v)} />
      <Select
        id="filter-school"
        name="school"
        label={labels.institution}
        value={school}
        all={labels.allInstitutions}
        options={institutions}
        onChange={(v) => {
          setSchool(v);
          setCleared(false);
        }}
      />
      <p role="status" className="text-sm text-amber-800 md:col-span-4" data-testid="filter-school-cleared">
        {cleared ? labels.cleared : ''}
      </p>
    </>
  );
}
