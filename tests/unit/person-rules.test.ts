import { describe, expect, it } from 'vitest';
import { buildIin } from '@/lib/people/iin';
import { leavesNoAdmin } from '@/lib/people/admin/rule';
import { generateInvitationLogin, generateOneTimePassword, normalizeOneTimePassword, READABLE_ALPHABET } from '@/lib/people/invitations/secrets';
import { checkExistingUserInput, checkNewPerson, checkPersonData } from '@/lib/people/person-rules';
import { AUTHORITY_ROLES } from '@/lib/people/roles';

const ctx = { roles: AUTHORITY_ROLES, today: '2026-03-10' };
const iin = buildIin('1990-05-12', 'female', 123)!;
const valid = {
  role: 'employee',
  arrivalDate: '2025-09-01',
  surname: 'Әбілқасымова',
  name: 'Гүлнұр',
  patronymic: '',
  birthDate: '1990-05-12',
  sex: 'female',
  iin,
  email: '',
  phone: '',
};

function errorsOf(raw: Record<string, unknown>) {
  const result = checkNewPerson(raw, ctx);
  return result.ok ? {} : result.fieldErrors;
}

describe('new person rules (wizard step 2 and import rows)', () => {
  it('accepts a complete person and normalises the optional fields', () => {
    const result = checkNewPerson({ ...valid, email: ' Gulnur@Mail.KZ ', iin: `${iin.slice(0, 6)} ${iin.slice(6)}` }, ctx);
    expect(result).toEqual({ ok: true, value: { ...valid, role: 'employee', patronymic: null, email: 'gulnur@mail.kz', phone: null, iin } });
  });

  it('names every missing required field at once', () => {
    const errors = errorsOf({});
    expect(Object.keys(errors).sort()).toEqual(['arrivalDate', 'birthDate', 'iin', 'name', 'role', 'sex', 'surname']);
    expect(errors.surname).toEqual(['required']);
    expect(errors.role).toEqual(['PersonWizard.role_required']);
  });

  it('refuses a role the organisation kind does not have', () => {
    expect(errorsOf({ ...valid, role: 'teacher' }).role).toEqual(['PersonWizard.role_required']);
  });

  it('accepts Kazakh, Russian and Latin names with hyphens and apostrophes, and refuses digits', () => {
    expect(checkNewPerson({ ...valid, surname: "O'Connor-Ұлы", name: 'Анна Мария' }, ctx).ok).toBe(true);
    expect(errorsOf({ ...valid, surname: 'Ivanov2' }).surname).toEqual(['PersonWizard.name_letters']);
    expect(errorsOf({ ...valid, name: '-Анна' }).name).toEqual(['PersonWizard.name_letters']);
    expect(errorsOf({ ...valid, surname: 'А'.repeat(101) }).surname).toEqual(['too_long']);
  });

  it('refuses a 13-digit, an 11-digit and a lettered IIN as a format error', () => {
    expect(errorsOf({ ...valid, iin: `${iin}1` }).iin).toEqual(['PersonWizard.iin_format']);
    expect(errorsOf({ ...valid, iin: iin.slice(1) }).iin).toEqual(['PersonWizard.iin_format']);
    expect(errorsOf({ ...valid, iin: `${iin.slice(0, 11)}A` }).iin).toEqual(['PersonWizard.iin_format']);
  });

  it('refuses an IIN whose check digit is wrong', () => {
    const wrong = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    expect(errorsOf({ ...valid, iin: wrong }).iin).toEqual(['PersonWizard.iin_check_digit']);
  });

  it('says which of birth date and sex disagrees with the IIN', () => {
    expect(errorsOf({ ...valid, birthDate: '1990-05-13', arrivalDate: '2025-01-01' })).toEqual({ birthDate: ['PersonWizard.birth_date_disagrees_iin'] });
    expect(errorsOf({ ...valid, sex: 'male' })).toEqual({ sex: ['PersonWizard.sex_disagrees_iin'] });
    const both = errorsOf({ ...valid, sex: 'male', birthDate: '1991-05-12' });
    expect(both).toEqual({ birthDate: ['PersonWizard.birth_date_disagrees_iin'], sex: ['PersonWizard.sex_disagrees_iin'] });
  });

  it('refuses a future birth date, an arrival before birth and an arrival more than a year ahead', () => {
    const future = buildIin('2026-03-11', 'female', 5)!;
    expect(errorsOf({ ...valid, birthDate: '2026-03-11', iin: future }).birthDate).toEqual(['PersonWizard.birth_date_future']);
    expect(errorsOf({ ...valid, arrivalDate: '1990-05-11' }).arrivalDate).toEqual(['PersonWizard.arrival_before_birth']);
    expect(errorsOf({ ...valid, arrivalDate: '2027-03-11' }).arrivalDate).toEqual(['PersonWizard.arrival_too_late']);
    expect(checkNewPerson({ ...valid, arrivalDate: '2027-03-10' }, ctx).ok).toBe(true);
    expect(errorsOf({ ...valid, arrivalDate: '2025-02-30' }).arrivalDate).toEqual(['PersonWizard.date_invalid']);
  });

  it('checks the optional contacts only when given', () => {
    expect(errorsOf({ ...valid, email: 'not-an-email' }).email).toEqual(['PersonWizard.email_invalid']);
    expect(errorsOf({ ...valid, phone: 'call me' }).phone).toEqual(['PersonWizard.phone_invalid']);
    expect(checkNewPerson({ ...valid, phone: '+7 701 123 45 67' }, ctx).ok).toBe(true);
  });
});

describe('a user from another organisation', () => {
  it('needs role, arrival, surname, name and the login or e-mail', () => {
    const result = checkExistingUserInput({ role: 'deputy', arrivalDate: '2025-01-01', surname: 'Иванов', name: 'Иван', account: 'ivanov' }, ctx);
    expect(result.ok).toBe(true);
    const missing = checkExistingUserInput({ role: 'deputy', arrivalDate: '2025-01-01', surname: 'Иванов', name: 'Иван' }, ctx);
    expect(missing).toEqual({ ok: false, fieldErrors: { account: ['required'] } });
  });
});

describe('edit form personal data', () => {
  it('keeps the birth date in agreement with the stored IIN', () => {
    const data = { surname: 'Иванова', name: 'Анна', patronymic: '', birthDate: '1990-05-12', email: '', phone: '' };
    expect(checkPersonData(data, { iin, today: ctx.today }).ok).toBe(true);
    expect(checkPersonData({ ...data, birthDate: '1990-05-11' }, { iin, today: ctx.today })).toEqual({
      ok: false,
      fieldErrors: { birthDate: ['PersonWizard.birth_date_disagrees_iin'] },
    });
  });
});

describe('last admin guard', () => {
  const admins = [
    { membershipId: 1, personId: 10 },
    { membershipId: 2, personId: 10 },
    { membershipId: 3, personId: 20 },
  ];

  it('refuses to leave the organisation without an admin', () => {
    expect(leavesNoAdmin([{ membershipId: 1, personId: 10 }], { personId: 10 })).toBe(true);
    expect(leavesNoAdmin([{ membershipId: 1, personId: 10 }], { membershipIds: [1] })).toBe(true);
  });

  it('allows it while another admin remains, even the same person on another membership', () => {
    expect(leavesNoAdmin(admins, { personId: 10 })).toBe(false);
    expect(leavesNoAdmin(admins.slice(0, 2), { membershipIds: [1] })).toBe(false);
    expect(leavesNoAdmin(admins.slice(0, 2), { membershipIds: [1, 2] })).toBe(true);
  });
});

describe('invitation secrets', () => {
  it('makes readable logins and 12-symbol one-time passwords that read back in any case and grouping', () => {
    const login = generateInvitationLogin();
    expect(login).toMatch(new RegExp(`^inv-[${READABLE_ALPHABET}]{6}$`));
    const password = generateOneTimePassword();
    expect(password).toMatch(new RegExp(`^[${READABLE_ALPHABET}]{4}-[${READABLE_ALPHABET}]{4}-[${READABLE_ALPHABET}]{4}$`));
    expect(normalizeOneTimePassword(` ${password.toUpperCase().replaceAll('-', ' ')} `)).toBe(password.replaceAll('-', ''));
    expect(new Set(Array.from({ length: 200 }, generateOneTimePassword)).size).toBe(200);
  });
});
