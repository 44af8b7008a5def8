'use client';

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from './button';
import { FieldErrors } from './form';
import { Input } from './input';
import type { SelectOption as Option } from './option-select';

/** What a search answers: the first matches, and whether there are more than those. */
export type SearchAnswer = { matches: Option[]; more: boolean };

export type SearchComboboxTexts = {
  change: string;
  cancel: string;
  hint: string;
  searching: string;
  failed: string;
  none: string;
  found: (count: number) => string;
  more: (count: number) => string;
};

/** How long typing rests before the search is asked: one request per pause, not per letter. */
const TYPING_PAUSE_MS = 200;

/**
 * One choice among many (a school's head among its staff) that the page does not send: the choice
 * is shown as text with "Change", which opens a search field over `source` (a route answering
 * `?q=` with a SearchAnswer). The field is a combobox with a list (WAI-ARIA APG): ↓ and ↑ move
 * through the list, Enter chooses, Escape closes the list and then the search; a click chooses too.
 * The first option is always `emptyLabel` (''), then what the search found. The choice is sent as
 * a hidden `name` field, so the form submits it as it did a select.
 */
export function SearchCombobox({
  name,
  label,
  chosen,
  emptyLabel,
  source,
  errors,
  texts,
  disabled,
}: {
  name: string;
  label: string;
  chosen: Option | null;
  emptyLabel: string;
  source: string;
  errors: string[];
  texts: SearchComboboxTexts;
  /** Nobody to choose from: the choice is shown without "Change". */
  disabled?: boolean;
}) {
  const id = `field-${name}`;
  const listId = `${useId()}-list`;
  const [value, setValue] = useState(chosen);
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [status, setStatus] = useState<'loading' | 'failed' | 'done'>('loading');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const changeButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Focus follows the step: into the search when it opens, back to "Change" when it closes.
  const focusNext = useRef<'input' | 'change' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'input') input.current?.focus();
    if (focusNext.current === 'change') changeButton.current?.focus();
    focusNext.current = null;
  }, [searching]);

  // Asked after a pause in typing; an answer to an older query is dropped.
  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        const separator = source.includes('?') ? '&' : '?';
        fetch(`${source}${separator}q=${encodeURIComponent(query.trim())}`, { signal: controller.signal })
          .then((response) => (response.ok ? (response.json() as Promise<SearchAnswer>) : Promise.reject(new Error(`HTTP ${response.status}`))))
          .then(
            (found) => {
              setAnswer(found);
              setStatus('done');
              setActive(-1);
            },
            () => {
              if (!controller.signal.aborted) setStatus('failed');
            },
          );
      },
      query === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [searching, query, source]);

  const options: Array<Option | null> = [null, ...(answer?.matches ?? [])];
  const optionId = (index: number) => `${listId}-${index}`;
  const start = () => {
    focusNext.current = 'input';
    setQuery('');
    setAnswer(null);
    setStatus('loading');
    setOpen(true);
    setSearching(true);
  };
  const finish = (choice?: Option | null) => {
    if (choice !== undefined) setValue(choice);
    focusNext.current = 'change';
    setSearching(false);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.min(options.length - 1, Math.max(0, index + step)));
    } else if (event.key === 'Enter') {
      // Enter chooses; it never submits the whole form from the search.
      event.preventDefault();
      if (open && active >= 0) finish(options[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setOpen(false);
      else finish();
    }
  };
  const statusText = status === 'loading' ? texts.searching : status === 'failed' ? texts.failed : answer && answer.matches.length === 0 ? texts.none : answer?.more ? texts.more(answer.matches.length) : texts.found(answer?.matches.length ?? 0);
  const describedBy = [`${id}-status`, errors.length ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className="flex flex-col gap-1" data-testid={`${name}-choice`}>
      <input type="hidden" name={name} value={value?.id ?? ''} />
      {searching ? (
        <>
          <label htmlFor={id} className="text-sm font-medium">
            {label}
          </label>
          <div className="relative flex flex-wrap items-center gap-2">
            <Input
              ref={input}
              id={id}
              type="text"
              role="combobox"
              autoComplete="off"
              className="min-w-0 flex-1"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={listId}
              aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
              aria-invalid={errors.length > 0 || undefined}
              aria-describedby={describedBy}
              placeholder={texts.hint}
              maxLength={100}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setStatus('loading');
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
              onFocus={() => setOpen(true)}
            />
            <Button variant="secondary" size="sm" onClick={() => finish()}>
              {texts.cancel}
            </Button>
            <ul id={listId} role="listbox" aria-label={label} hidden={!open} className="absolute top-full right-0 left-0 z-10 mt-1 max-h-64 overflow-auto rounded border border-neutral-300 bg-white shadow">
              {options.map((option, index) => (
                <li
                  key={option?.id ?? 'empty'}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-sky-100' : ''} ${option === null ? 'text-neutral-600' : ''}`}
                  // The press keeps the focus in the field (so the list stays open); the click chooses.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => finish(option)}
                >
                  {option?.name ?? emptyLabel}
                </li>
              ))}
            </ul>
          </div>
          <p id={`${id}-status`} role="status" className="text-sm text-neutral-600">
            {statusText}
          </p>
        </>
      ) : (
        <>
          <span id={`${id}-label`} className="text-sm font-medium">
            {label}
          </span>
          <div className="flex flex-wrap items-center gap-3">
            <span id={`${id}-value`} data-testid={`${name}-value`}>
              {value?.name ?? emptyLabel}
            </span>
            {!disabled && (
              <Button ref={changeButton} variant="secondary" size="sm" onClick={start} aria-describedby={`${id}-label ${id}-value`}>
                {texts.change}
              </Button>
            )}
          </div>
        </>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
