'use client';

/** A box as the page sends it: value, label, ticked. */
export type Box = [value: string, label: string, checked: boolean];

/**
 * A report's parameters as fieldsets of checkboxes (figure 15), styled once on the outer
 * fieldset. A client component only for its weight: a box is a short tuple in the page's payload
 * rather than its rendered label and input (issue 13); it keeps no state and posts with its form.
 */
export function CheckboxFieldsets({ legend, groups }: { legend: string; groups: Array<{ legend: string; name: string; boxes: Box[] }> }) {
  return (
    <fieldset className="grid gap-4 md:grid-cols-3 [&_label]:flex [&_label]:items-center [&_label]:gap-2 [&_label]:text-sm">
      <legend className="mb-2 text-sm font-semibold">{legend}</legend>
      {groups.map((group) => (
        <fieldset key={group.legend} className="flex flex-col gap-1">
          <legend className="text-sm font-medium">{group.legend}</legend>
          {group.boxes.map(([value, label, checked]) => (
            <label key={value}>
              <input type="checkbox" name={group.name} value={value} defaultChecked={checked} />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
