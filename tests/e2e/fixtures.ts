import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, expect, type Page, test as base } from '@playwright/test';
import { DEMO_PASSWORD } from '../../db/seed/demo-logins';

export const LABELS = {
  kk: { login: 'Логин', password: 'Құпия сөз', submit: 'Кіру', about: 'Ұйым туралы', leaders: 'Басшылар', signOut: 'Шығу', error: 'Логин немесе құпия сөз қате.' },
  ru: { login: 'Логин', password: 'Пароль', submit: 'Войти', about: 'Об организации', leaders: 'Руководители', signOut: 'Выйти', error: 'Неверный логин или пароль.' },
  en: { login: 'Login', password: 'Password', submit: 'Sign in', about: 'About the organisation', leaders: 'Leaders', signOut: 'Sign out', error: 'Wrong login or password.' },
} as const;
export type TestLocale = keyof typeof LABELS;

/** The sign-in page as a user sees it. */
export class SignInPage {
  constructor(
    readonly page: Page,
    readonly locale: TestLocale = 'kk',
  ) {}

  async goto() {
    await this.page.goto(`/${this.locale}/sign-in`);
  }

  async signIn(login: string, password = DEMO_PASSWORD) {
    const l = LABELS[this.locale];
    await this.page.getByLabel(l.login).fill(login);
    await this.page.getByLabel(l.password).fill(password);
    await this.page.getByRole('button', { name: l.submit }).click();
  }
}

/** A fresh browser context signed in as `login`, on the organisation page it lands on. */
export async function signedInPage(browser: Browser, login: string, locale: TestLocale = 'kk'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page, locale);
  await signIn.goto();
  await signIn.signIn(login);
  await expect(page.getByTestId('org-name')).toBeVisible();
  return page;
}

export async function sessionOf(page: Page): Promise<Record<string, unknown>> {
  const response = await page.request.get('/api/auth/session');
  return (await response.json()) as Record<string, unknown>;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the current page (WCAG 2 A and AA rules). */
export async function seriousAxeViolations(page: Page) {
  // After an in-app navigation Next puts the new page's <title> in a moment after its content
  // (metadata streams apart): axe run in between saw no title (CI, register import). A page that
  // never gets one still fails here, by the wait's timeout.
  await page.waitForFunction(() => document.title.trim() !== '');
  // Evaluated by the browser's debugger, which the pages' Content-Security-Policy does not
  // govern (a <script> added to the page, as addScriptTag does, is refused like any other).
  await page.evaluate(`${axeSource}\n;undefined`);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The e2e server's embedded database (playwright.config.ts starts it on E2E_PG_PORT). */
export const E2E_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? '54339'}/kundelik`;

export const test = base.extend<{ signInPage: SignInPage }>({
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
});
export { expect };
