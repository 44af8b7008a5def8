'use client';

import type { ComponentProps, ReactNode } from 'react';
import { Select } from '@/components/ui/input';

export type SelectOption = { id: number; name: string };

/**
 * A labelled choice among a list's options with "all" first (value ''): the filters of the reports
 * and of Settings → Subordinate institutions. The rest of the props go to the select, so it is
 * controlled (`value`, `onChange`) or not (`defaultValue`, a plain GET form). A hint under it is
 * tied to it for assistive technology; `after` goes below (a form field's errors, PersonSelect).
 * A client component though it needs no hooks: from a server page its options go to the browser
 * as data, once, rather than as rendered elements beside their HTML (page weight, issue 13: a
 * register entry's lists of institutions and staff).
 */
export function OptionSelect({
  id,
  label,
  all,
  options,
  hint,
  after,
  ...select
}: { id: string; label: string; all: string; options: readonly SelectOption[]; hint?: string; after?: ReactNode } & Omit<ComponentProps<'select'>, 'id' | 'children' | 'className'>) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Select id={id} aria-describedby={hint ? `${id}-hint` : undefined} className="w-full min-w-0" {...select}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </Select>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-neutral-600">
          {hint}
        </p>
      )}
      {after}
    </div>
  );
}
