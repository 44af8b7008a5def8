'use client';

import { FieldErrors } from './form';
import { Select } from './input';
import { fullName } from './person-name';

type Person = { personId: number; surname: string; name: string; patronymic: string | null };

/** A labelled choice of one person (a unit's head, a leader) with its errors beside it; '' is "nobody". */
export function PersonSelect({
  name,
  label,
  people,
  chosen,
  emptyLabel,
  errors,
  hint,
}: {
  name: string;
  label: string;
  people: Person[];
  chosen: string;
  emptyLabel: string;
  errors: string[];
  hint?: string;
}) {
  const id = `field-${name}`;
  const describedBy = errors.length > 0 ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Select
        // Remounted with what was submitted: a form reset would otherwise fall back to the first choice.
        key={chosen}
        id={id}
        name={name}
        defaultValue={chosen}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
      >
        <option value="">{emptyLabel}</option>
        {people.map((person) => (
          <option key={person.personId} value={person.personId}>
            {fullName(person)}
          </option>
        ))}
      </Select>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-neutral-600">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
