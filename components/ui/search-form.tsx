import type { ReactNode } from 'react';
import { Button, type ButtonStyle } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { SEARCH_MAX_LENGTH } from '@/lib/search-params';

/**
 * A search by name as a plain GET form (`q`): the search lives in the address and works without
 * JavaScript; `hidden` keeps the list's other filters, and the page starts again at 1. `children`
 * go between the field and the button (People's "registered only").
 */
export function SearchForm({
  id,
  label,
  fieldLabel,
  submit,
  q,
  hidden = {},
  variant,
  inputClassName,
  className = 'flex flex-wrap items-end gap-3',
  children,
}: {
  id: string;
  /** The form's name for assistive technology (a page may have more than one search). */
  label?: string;
  fieldLabel: string;
  submit: string;
  q: string;
  hidden?: Record<string, string | undefined>;
  variant?: ButtonStyle['variant'];
  inputClassName?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <form method="get" role="search" aria-label={label} className={className}>
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {fieldLabel}
        </label>
        <Input id={id} name="q" type="search" defaultValue={q} maxLength={SEARCH_MAX_LENGTH} className={inputClassName} />
      </div>
      {children}
      <Button type="submit" variant={variant}>
        {submit}
      </Button>
    </form>
  );
}
