'use client';

import { useActionMessage } from '@/components/ui/form';

/** A labelled group of radio buttons with its errors beside it (role, sex, method). */
export function ChoiceGroup({
  name,
  legend,
  options,
  defaultValue,
  errors = [],
  inline = false,
}: {
  name: string;
  legend: string;
  options: Array<{ value: string; label: string; hint?: string }>;
  defaultValue?: string;
  errors?: string[];
  inline?: boolean;
}) {
  const message = useActionMessage();
  const errorId = `field-${name}-error`;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={errors.length ? errorId : undefined} aria-invalid={errors.length > 0 || undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className={inline ? 'flex flex-wrap gap-4' : 'flex flex-col gap-2'}>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} className="mt-1" />
            <span>
              <span className={option.hint ? 'font-semibold' : undefined}>{option.label}</span>
              {option.hint && <span className="block text-sm text-neutral-600">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {errors.length > 0 && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {errors.map(message).join(' ')}
        </p>
      )}
    </fieldset>
  );
}
