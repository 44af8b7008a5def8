import { iinCheckDigit } from '@/lib/people/iin';

/**
 * Kazakhstan's business identification number (БСН / БИН): 12 digits whose last is the check
 * digit of the first 11, computed exactly as the IIN's (lib/people/iin.ts).
 */
export function isValidBin(raw: string): boolean {
  const bin = raw.trim();
  return /^\d{12}$/.test(bin) && iinCheckDigit(bin.slice(0, 11)) === Number(bin[11]);
}
