/**
 * Actions answer with message keys, not texts (lib/action-core.ts); a message with placeholders
 * travels as its key with the values in query form, `Register.throttled?minutes=3`, and the form
 * (components/ui/form.tsx) splits it again. Plain, so server and browser code share it.
 */
export function keyWithValues(key: string, values: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)])).toString();
  return query ? `${key}?${query}` : key;
}

export function splitMessageKey(encoded: string): { key: string; values: Record<string, string | number> } {
  const at = encoded.indexOf('?');
  if (at < 0) return { key: encoded, values: {} };
  const values: Record<string, string | number> = {};
  // ICU plurals need numbers.
  for (const [name, value] of new URLSearchParams(encoded.slice(at + 1))) values[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return { key: encoded.slice(0, at), values };
}
