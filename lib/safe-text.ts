/**
 * Text that cannot be stored: NUL (PostgreSQL refuses it in `text`) and a lone UTF-16 surrogate
 * (no UTF-8 for it; a JSON string may carry one as `\ud800`). The two input boundaries use this:
 * server actions refuse such text with a field message (lib/action-core.ts), address parameters
 * drop it (lib/search-params.ts).
 */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

export function hasUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

export function withoutUnsafeText(text: string): string {
  return text.replace(UNSAFE_ALL, '');
}

/** The message key (namespace Validation) shown beside a field that holds such text. */
export const UNSAFE_TEXT_KEY = 'text_characters';

/**
 * The fields of an action's input (top-level keys) holding unsafe text anywhere inside them,
 * or null when all is clean. Depth is bounded by the caller's input (the server guards the
 * action body's nesting, lib/http/guard.ts).
 */
export function unsafeTextFields(input: unknown): Record<string, string[]> | null {
  if (input === null || typeof input !== 'object') return typeof input === 'string' && hasUnsafeText(input) ? { _form: [UNSAFE_TEXT_KEY] } : null;
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (holdsUnsafeText(value) || hasUnsafeText(key)) out[hasUnsafeText(key) ? '_form' : key] = [UNSAFE_TEXT_KEY];
  }
  return Object.keys(out).length > 0 ? out : null;
}

function holdsUnsafeText(value: unknown): boolean {
  if (typeof value === 'string') return hasUnsafeText(value);
  if (Array.isArray(value)) return value.some(holdsUnsafeText);
  if (value instanceof File) return hasUnsafeText(value.name);
  if (value !== null && typeof value === 'object' && !(value instanceof Blob)) return Object.values(value).some(holdsUnsafeText);
  return false;
}
