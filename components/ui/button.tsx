import type { ButtonHTMLAttributes, ComponentProps } from 'react';

/**
 * The app's buttons, one look per role: `primary` for the one main step of a form or page,
 * `danger` for the confirmed step that removes, `dangerOutline` for the step that asks to remove,
 * `secondary` for the others, `outline` for a secondary step in the app's colour (exports,
 * Import), `link` for a button that reads as a link. No 'use client':
 * server components use them too.
 */
const VARIANTS = {
  // Named in app/globals.css: a list of buttons repeated these lists on every one (page weight, issue 13).
  primary: 'btn-primary',
  danger: 'btn-danger',
  secondary: 'btn-secondary',
  outline: 'btn-outline',
  dangerOutline: 'btn-danger-outline',
  link: 'text-sky-800 underline',
} as const;

/** `sm` for the small steps beside a list or a row (Edit, page links, exports). */
const SIZES = { md: 'px-4 py-2', sm: 'px-3 py-1' } as const;

export type ButtonStyle = { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES; className?: string };

/** A button's classes, for an element that is not a Button or a ButtonLink (a plain download anchor). */
export function buttonClass({ variant = 'primary', size = 'md', className }: ButtonStyle = {}): string {
  return [VARIANTS[variant], variant === 'link' ? null : SIZES[size], className].filter(Boolean).join(' ');
}

/**
 * A button (`type="button"` unless told: a form submits only through the button meant to). Faded
 * while disabled — the class only on buttons that can be, as every class is page weight.
 */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyle & { ref?: ComponentProps<'button'>['ref'] }) {
  const faded = props.disabled === undefined ? className : `disabled:opacity-60 ${className ?? ''}`.trim();
  return <button type={type} className={buttonClass({ variant, size, className: faded })} {...props} />;
}
