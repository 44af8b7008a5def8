'use client';

import { FieldErrors } from './form';
import { OptionSelect } from './option-select';
import { fullName } from '@/lib/people/full-name';

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
  return (
    <OptionSelect
      // Remounted with what was submitted: a form reset would otherwise fall back to the first choice.
      key={chosen}
      id={id}
      name={name}
      label={label}
      all={emptyLabel}
      options={people.map((person) => ({ id: person.personId, name: fullName(person) }))}
      hint={hint}
      defaultValue={chosen}
      aria-invalid={errors.length > 0 || undefined}
      // The error, when there is one, is what the field says first.
      aria-describedby={errors.length > 0 ? `${id}-error` : hint ? `${id}-hint` : undefined}
      after={<FieldErrors id={`${id}-error`} errors={errors} />}
    />
  );
}
