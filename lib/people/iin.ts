/**
 * Kazakhstan's individual identification number (ЖСН / ИИН): 12 digits.
 * 1–6 birth date YYMMDD; 7 century and sex (1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s; odd male,
 * even female); 8–11 serial; 12 check digit.
 */

export type Sex = 'male' | 'female';

export type IinProblem = 'format' | 'century' | 'birth_date' | 'check_digit';

export type IinResult = { valid: true; birthDate: string; sex: Sex } | { valid: false; problem: IinProblem };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The check digit of the first 11 digits: Σ dᵢ·i mod 11; when that is 10, Σ dᵢ·wᵢ mod 11 with
 * w = 3…11, 1, 2; when that is 10 again no check digit exists (null: such a number is invalid).
 */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weigh = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;
  const first = weigh(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weigh(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

const CENTURY: Record<string, { base: number; sex: Sex }> = {
  '1': { base: 1800, sex: 'male' },
  '2': { base: 1800, sex: 'female' },
  '3': { base: 1900, sex: 'male' },
  '4': { base: 1900, sex: 'female' },
  '5': { base: 2000, sex: 'male' },
  '6': { base: 2000, sex: 'female' },
};

export function parseIin(raw: string): IinResult {
  const iin = raw.trim();
  if (!/^\d{12}$/.test(iin)) return { valid: false, problem: 'format' };
  const century = CENTURY[iin[6]!];
  if (!century) return { valid: false, problem: 'century' };
  const year = century.base + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, problem: 'birth_date' };
  }
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) return { valid: false, problem: 'check_digit' };
  return { valid: true, birthDate: date.toISOString().slice(0, 10), sex: century.sex };
}

export function isValidIin(iin: string): boolean {
  return parseIin(iin).valid;
}

/** Which of the entered birth date and sex disagree with a valid IIN (empty when both agree). */
export function iinDisagreements(iin: string, entered: { birthDate: string; sex: Sex }): Array<'birth_date' | 'sex'> {
  const parsed = parseIin(iin);
  if (!parsed.valid) return [];
  const out: Array<'birth_date' | 'sex'> = [];
  if (parsed.birthDate !== entered.birthDate) out.push('birth_date');
  if (parsed.sex !== entered.sex) out.push('sex');
  return out;
}

/**
 * Builds a valid IIN for a birth date, sex and serial (0–9999), or null when that serial has no
 * check digit (the "10 twice" case). Used by the demo generator and by tests.
 */
export function buildIin(birthDate: string, sex: Sex, serial: number): string | null {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const centuryDigit = (year < 1900 ? 1 : year < 2000 ? 3 : 5) + (sex === 'female' ? 1 : 0);
  const first11 = `${y!.slice(2)}${m}${d}${centuryDigit}${String(serial).padStart(4, '0')}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}
