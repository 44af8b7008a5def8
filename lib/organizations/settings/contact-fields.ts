import { z } from 'zod';

/**
 * Validated contact fields shared by Settings → Contacts (F-4.3), the feedback contacts (F-5) and
 * the citizens' forms (F-2.6). Every value is plain text shown as text, so markup is harmless;
 * what matters is that a phone is a phone, an e-mail an e-mail and a web address http(s) only.
 */
export const CONTACT_LIMITS = { address: 500, phones: 200, email: 254, website: 300, name: 200 } as const;

// Control characters other than tab and line breaks never belong in a form field.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Free text, trimmed; '' allowed unless `required`. */
export function plainText(max: number, options: { required?: boolean; multiline?: boolean } = {}) {
  const base = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string('invalid').trim().max(max, 'too_long'));
  return base
    .refine((v) => !CONTROL.test(v) && (options.multiline || !/[\r\n]/.test(v)), 'invalid')
    .refine((v) => !options.required || v.length > 0, 'required');
}

const PHONE = /^\+?[0-9][0-9 ()-]{3,22}[0-9]$/;

/** One phone number: digits with spaces, dashes, brackets and a leading +; 5 to 15 digits. */
export function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 5 && digits <= 15;
}

/** Several phones separated by commas or semicolons ('' allowed unless required). */
export function phonesField(messageKey: string, options: { required?: boolean; max?: number } = {}) {
  return plainText(options.max ?? CONTACT_LIMITS.phones, { required: options.required }).refine(
    (v) => v === '' || v.split(/[,;]/).every((part) => isPhone(part.trim())),
    messageKey,
  );
}

export function emailField(messageKey: string, options: { required?: boolean } = {}) {
  return plainText(CONTACT_LIMITS.email, { required: options.required })
    .transform((v) => v.toLowerCase())
    .refine((v) => v === '' || z.email().safeParse(v).success, messageKey);
}

/** A web address with or without http(s)://, e.g. kundelik.kz; any other scheme is refused. */
export function isWebsite(value: string): boolean {
  if (/\s/.test(value)) return false;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  if (hasScheme && !/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(hasScheme ? value : `https://${value}`);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /^[^.]+(\.[^.]+)+$/.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

export function websiteField(messageKey: string) {
  return plainText(CONTACT_LIMITS.website).refine((v) => v === '' || isWebsite(v), messageKey);
}
