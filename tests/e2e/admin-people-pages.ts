import { expect, type Browser, type Page } from '@playwright/test';
import en from '../../messages/en.json' with { type: 'json' };
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import postgres from 'postgres';
import { buildIin, type Sex } from '../../lib/people/iin';
import { E2E_DATABASE_URL, SignInPage, type TestLocale } from './fixtures';

/** Page helpers for the Administration → People specs. Labels come from the message files. */
export const MESSAGES = { kk, ru, en } as const;
export type PeopleLocale = 'kk' | 'ru' | 'en';

/** Letters only (names refuse digits): a run-unique suffix keeps reruns on one database apart. */
export function runSuffix(): string {
  const letters = 'абвгдежзиклмнопрстуфхшэюя';
  let out = '';
  for (let i = 0; i < 5; i++) out += letters[Math.floor(Math.random() * letters.length)];
  return out;
}

export function randomIin(birthDate: string, sex: Sex): string {
  for (;;) {
    const iin = buildIin(birthDate, sex, Math.floor(Math.random() * 10_000));
    if (iin) return iin;
  }
}

export async function signedIn(browser: Browser, login: string, locale: TestLocale = 'kk', password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page, locale);
  await signIn.goto();
  await signIn.signIn(login, password);
  await expect(page.getByTestId('current-user')).toBeVisible();
  return page;
}

export type NewPersonData = {
  role: string;
  arrivalDate: string;
  surname: string;
  name: string;
  birthDate: string;
  sex: Sex;
  iin: string;
  email?: string;
};

/** The add-person wizard as an admin uses it. */
export class WizardPage {
  readonly m: (typeof MESSAGES)[PeopleLocale];
  constructor(
    readonly page: Page,
    readonly locale: PeopleLocale,
  ) {
    this.m = MESSAGES[locale];
  }

  async open() {
    await this.page.goto(`/${this.locale}/org/1/admin/people`);
    await this.page.getByRole('link', { name: this.m.AdminPeople.create_person }).click();
    await expect(this.page.getByRole('heading', { name: this.m.PersonWizard.title })).toBeVisible();
  }

  async chooseMethod(method: 'new' | 'user') {
    await this.page.getByRole('radio', { name: method === 'new' ? this.m.PersonWizard.method_new : this.m.PersonWizard.method_user }).check();
    await this.next();
    await expect(this.currentStep()).toContainText(`2. ${this.m.PersonWizard.step_data}`);
  }

  currentStep() {
    return this.page.locator('[aria-current="step"]');
  }

  async next() {
    await this.page.getByRole('button', { name: new RegExp(`^${this.m.PersonWizard.next}`) }).click();
  }

  async fillNewPerson(data: NewPersonData) {
    const w = this.m.PersonWizard;
    await this.page.getByRole('radio', { name: data.role, exact: true }).check();
    await this.page.getByLabel(w.arrival_date).fill(data.arrivalDate);
    await this.page.getByLabel(w.surname, { exact: true }).fill(data.surname);
    await this.page.getByLabel(w.name, { exact: true }).fill(data.name);
    await this.page.getByLabel(w.birth_date).fill(data.birthDate);
    await this.page.getByRole('radio', { name: data.sex === 'male' ? w.male : w.female, exact: true }).check();
    await this.page.getByLabel(w.iin, { exact: true }).fill(data.iin);
    if (data.email) await this.page.getByLabel(w.email).fill(data.email);
  }

  /** Creates from step 3 and reads the invitation shown once. */
  async create(another = false): Promise<{ login: string; password: string } | null> {
    const w = this.m.PersonWizard;
    await this.page.getByRole('button', { name: another ? w.create_another : w.create, exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: w.created.split('{name}')[1]!.trim() })).toBeVisible();
    const sheet = this.page.getByTestId('invitation-sheet');
    if (!(await sheet.isVisible())) return null;
    return { login: (await sheet.getByTestId('invitation-login').textContent())!, password: (await sheet.getByTestId('invitation-password').textContent())! };
  }
}

/** The guide's user from a school, found by the name the header shows. */
export async function fullNameOf(browser: Browser, login: string): Promise<{ surname: string; name: string }> {
  const page = await signedIn(browser, login);
  const text = (await page.getByTestId('current-user').locator('span').first().textContent())!;
  await page.context().close();
  const [surname, name] = text.trim().split(/\s+/);
  return { surname: surname!, name: name! };
}

/** Removes a person from organisation 1 when an earlier run left them there (keeps reruns green). */
export async function ensureNotMember(page: Page, locale: PeopleLocale, person: { surname: string; name: string }) {
  const m = MESSAGES[locale].AdminPeople;
  await page.goto(`/${locale}/org/1/admin/people?q=${encodeURIComponent(`${person.surname} ${person.name}`)}`);
  const row = page.getByTestId('person-row').first();
  if (!(await row.isVisible())) return;
  await row.locator('a[href*="/admin/people/"]').first().click();
  await page.getByRole('link', { name: m.tab_view }).click();
  await page.getByRole('button', { name: m.remove }).click();
  await page.getByRole('button', { name: m.yes_remove }).click();
  await expect(page.getByRole('button', { name: m.remove })).toBeHidden();
}

/**
 * A seeded staff member of another organisation who never registered and is not in
 * organisation 1 (each run takes another), with their home organisation's name.
 */
export async function unregisteredOutsider() {
  const sql = postgres(E2E_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ iin: string; surname: string; name: string; patronymic: string | null; birth_date: string; sex: Sex; home: string }[]>`
      select p.iin, p.surname, p.name, p.patronymic, p.birth_date::text, p.sex, o.short_name as home
      from persons p
      join lateral (select organization_id from memberships m where m.person_id = p.id and m.archived_at is null
                    order by m.active_since, m.id limit 1) h on true
      join organizations o on o.id = h.organization_id
      where o.id <> 1 and p.birth_date < '2000-01-01'
        and not exists (select 1 from users u where u.person_id = p.id)
        and not exists (select 1 from memberships m where m.person_id = p.id and m.organization_id = 1)
        and exists (select 1 from memberships m where m.person_id = p.id and m.archived_at is null and m.role = 'teacher')
      order by p.id limit 1`;
    if (!row) throw new Error('the demo region has no unregistered teacher outside organisation 1');
    const fullName = [row.surname, row.name, row.patronymic].filter(Boolean).join(' ');
    return { iin: row.iin, surname: row.surname, name: row.name, fullName, birthDate: row.birth_date, sex: row.sex, homeName: row.home };
  } finally {
    await sql.end();
  }
}
