import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIin, iinCheckDigit, iinDisagreements, isValidIin, parseIin } from '@/lib/people/iin';

describe('IIN', () => {
  it('accepts a number whose first-pass check digit matches', () => {
    // 900101 3 0001 → Σ d·i = 9·1+0+0+4·1+0+6·1+3·7+0+0+0+1·11 = 51 → 51 mod 11 = 7
    expect(iinCheckDigit('90010130001')).toBe(7);
    expect(parseIin('900101300017')).toEqual({ valid: true, birthDate: '1990-01-01', sex: 'male' });
  });

  it('rejects a number whose check digit is wrong', () => {
    expect(parseIin('900101300018')).toEqual({ valid: false, problem: 'check_digit' });
  });

  it('uses the second weights when the first pass gives 10', () => {
    // 12345678901: Σ d·i = 1+4+9+16+25+36+49+64+81+0+11 = 296 → 296 mod 11 = 10 → second pass:
    // 3+8+15+24+35+48+63+80+99+0+2 = 377 → 377 mod 11 = 3
    expect(iinCheckDigit('12345678901')).toBe(3);
  });

  it('treats 10 on both passes as invalid', () => {
    // Search the serials of one birth date for the "10 twice" case and prove it is refused.
    let found: string | undefined;
    for (let serial = 0; serial < 10000 && !found; serial++) {
      const first11 = `850315${3}${String(serial).padStart(4, '0')}`;
      if (iinCheckDigit(first11) === null) found = first11;
    }
    expect(found).toBeDefined();
    for (let last = 0; last <= 9; last++) expect(isValidIin(`${found}${last}`)).toBe(false);
    expect(buildIin('1985-03-15', 'male', Number(found!.slice(7)))).toBeNull();
  });

  it('derives birth date and sex from the century digit', () => {
    const woman2005 = buildIin('2005-12-31', 'female', 42)!;
    expect(woman2005[6]).toBe('6');
    expect(parseIin(woman2005)).toEqual({ valid: true, birthDate: '2005-12-31', sex: 'female' });
    const man1899 = buildIin('1899-07-04', 'male', 7)!;
    expect(parseIin(man1899)).toMatchObject({ valid: true, birthDate: '1899-07-04', sex: 'male' });
  });

  it('rejects wrong length, letters, century digit 0 and impossible dates', () => {
    expect(parseIin('12345')).toEqual({ valid: false, problem: 'format' });
    expect(parseIin('9001013000a7')).toEqual({ valid: false, problem: 'format' });
    expect(parseIin('900101000017')).toEqual({ valid: false, problem: 'century' });
    expect(parseIin('900231300017')).toEqual({ valid: false, problem: 'birth_date' });
  });

  it('says which of birth date and sex disagree with the IIN', () => {
    const iin = buildIin('1990-01-01', 'male', 1)!;
    expect(iinDisagreements(iin, { birthDate: '1990-01-01', sex: 'male' })).toEqual([]);
    expect(iinDisagreements(iin, { birthDate: '1990-01-02', sex: 'male' })).toEqual(['birth_date']);
    expect(iinDisagreements(iin, { birthDate: '1990-01-02', sex: 'female' })).toEqual(['birth_date', 'sex']);
  });
});

describe('the IIN examples the forms show', () => {
  const dir = path.resolve(import.meta.dirname, '../../messages');
  const locales = ['kk', 'ru', 'en'] as const;
  const examples = locales.flatMap((locale) => {
    const wizard = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')).PersonWizard as Record<string, string>;
    return (['iin_hint', 'iin_format'] as const).map((key) => ({ locale, key, text: wizard[key]! }));
  });

  it.each(examples)('$locale PersonWizard.$key gives an IIN the form itself accepts', ({ text }) => {
    const example = /\d{12}/.exec(text)?.[0];
    expect(example).toBeDefined();
    expect(parseIin(example!)).toMatchObject({ valid: true });
  });
});
