'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { useFormAction } from '@/components/ui/use-form-action';

export type TypeGroup = { id: number; name: string; types: Array<{ id: number; name: string; chosen: boolean }> };

/**
 * Settings → Subordinate institution types (F-4.8, the guide's figure 12): a group's checkbox
 * ticks or unticks every type in it and shows "some" (indeterminate) when only part is ticked;
 * the group opens to untick single types. The ticked types are what is saved.
 */
export function SubordinateTypesForm({ action, orgId, groups }: { action: FormAction<{ changed: number }>; orgId: number; groups: TypeGroup[] }) {
  const t = useTranslations('Subordinates');
  const tCommon = useTranslations('Common');
  const { state, formAction } = useFormAction(action, { keepOnSuccess: true });
  const [chosen, setChosen] = useState(() => new Set(groups.flatMap((g) => g.types.filter((x) => x.chosen).map((x) => x.id))));
  const [open, setOpen] = useState<Set<number>>(new Set());
  const setMany = (ids: number[], on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-3 card">
      <input type="hidden" name="orgId" value={orgId} />
      {[...chosen].map((id) => (
        <input key={id} type="hidden" name="typeIds" value={id} />
      ))}
      <FormMessage state={state} success={tCommon('saved')} />
      <ul className="flex flex-col gap-2">
        {groups.map((group) => {
          const ids = group.types.map((x) => x.id);
          const ticked = ids.filter((id) => chosen.has(id)).length;
          const expanded = open.has(group.id);
          const listId = `type-group-${group.id}`;
          return (
            <li key={group.id} className="rounded border border-neutral-200 p-2">
              <div className="flex items-start gap-2">
                <GroupBox
                  id={`group-box-${group.id}`}
                  state={ticked === 0 ? 'none' : ticked === ids.length ? 'all' : 'some'}
                  onChange={(on) => setMany(ids, on)}
                  disabled={ids.length === 0}
                />
                <label htmlFor={`group-box-${group.id}`} className="flex-1 font-medium">
                  {group.name} <span className="text-sm font-normal text-neutral-600">({t('types_ticked', { ticked, total: ids.length })})</span>
                </label>
                {ids.length > 0 && (
                  <button
                    type="button"
                    aria-expanded={expanded}
                    aria-controls={listId}
                    onClick={() => setOpen((previous) => new Set(previous.has(group.id) ? [...previous].filter((x) => x !== group.id) : [...previous, group.id]))}
                    className="rounded border border-neutral-300 px-2 py-0.5 text-sm text-sky-800 hover:bg-sky-50"
                  >
                    {expanded ? t('collapse') : t('expand')}
                    <span className="sr-only"> {group.name}</span>
                  </button>
                )}
              </div>
              <ul id={listId} hidden={!expanded} className="mt-2 ml-7 flex flex-col gap-1">
                {group.types.map((type) => (
                  <li key={type.id}>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" checked={chosen.has(type.id)} onChange={(e) => setMany([type.id], e.target.checked)} className="h-4 w-4" data-testid={`type-${type.id}`} />
                      {type.name}
                    </label>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
      </div>
    </form>
  );
}

/** A checkbox with three states: the DOM's `indeterminate` is set from "some". */
function GroupBox({ id, state, onChange, disabled }: { id: string; state: 'none' | 'some' | 'all'; onChange: (on: boolean) => void; disabled: boolean }) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={box}
      id={id}
      type="checkbox"
      checked={state === 'all'}
      onChange={(e) => onChange(state === 'some' ? true : e.target.checked)}
      disabled={disabled}
      className="mt-1 h-4 w-4"
    />
  );
}
