import type { ComponentProps } from 'react';

/**
 * The app's form controls in one look: a red border when the control is marked invalid
 * (`aria-invalid`, which the field's error beside it sets), grey when it can be disabled,
 * `compact` inside a row of a list.
 * No 'use client': server components (the search forms) use them too.
 */
function controlClass({ 'aria-invalid': invalid, disabled }: { 'aria-invalid'?: ComponentProps<'input'>['aria-invalid']; disabled?: boolean }, compact: boolean | undefined, className: string | undefined): string {
  return ['rounded border', disabled === undefined ? null : 'disabled:bg-neutral-100', compact ? 'px-3 py-1' : 'px-3 py-2', invalid && invalid !== 'false' ? 'border-red-600' : 'border-neutral-400', className].filter(Boolean).join(' ');
}

type ControlStyle = { compact?: boolean };

export function Input({ compact, className, ...props }: ComponentProps<'input'> & ControlStyle) {
  return <input className={controlClass(props, compact, className)} {...props} />;
}

export function Select({ compact, className, ...props }: ComponentProps<'select'> & ControlStyle) {
  return <select className={controlClass(props, compact, `bg-white ${className ?? ''}`.trim())} {...props} />;
}

export function Textarea({ compact, className, ...props }: ComponentProps<'textarea'> & ControlStyle) {
  return <textarea className={controlClass(props, compact, className)} {...props} />;
}
