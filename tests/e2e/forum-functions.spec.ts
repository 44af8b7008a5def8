import type { Browser, Page } from '@playwright/test';
import { expect, seriousAxeViolations, signedInPage, test } from './fixtures';

/**
 * The Forum tab and the Functions settings of the authority (org 1), in Kazakh. The tests share
 * one forum and change the authority's Forums settings, so they run in order and put every
 * setting back.
 */
test.describe.configure({ mode: 'serial' });

const FORUM = `E2E форумы ${Date.now()}`;
const TOPIC = 'Жаңа оқу жылына дайындық';
const FUNCTIONS = '/kk/org/1/admin/settings/functions';
let topicPath = '';
let forumPath = '';

const signedIn = (browser: Browser, login: string): Promise<Page> => signedInPage(browser, login);

/** As admin on the Functions page: change the form with `edit`, save, see "saved". */
async function saveFunctions(admin: Page, edit: (page: Page) => Promise<unknown>) {
  await admin.goto(FUNCTIONS);
  await edit(admin);
  await admin.getByRole('button', { name: 'Сақтау' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Сақталды.' })).toBeVisible();
}

const reply = (page: Page) => page.getByRole('textbox', { name: 'Жауап беру' });

test('a forum topic with posts: admin creates the forum, staff opens a topic and posts, admin closes it', async ({ browser }) => {
  // Two users, a forum, a topic, the Page tab's block and two axe runs: more than the default minute under load.
  test.setTimeout(120_000);
  const admin = await signedIn(browser, 'admin');
  await admin.goto('/kk/org/1/forum');
  await admin.getByText('Жаңа форум').click();
  await admin.getByLabel('Форумның атауы').fill(FORUM);
  await admin.getByRole('button', { name: 'Форум құру' }).click();
  await expect(admin.getByRole('link', { name: FORUM, exact: true })).toBeVisible();

  const staff = await signedIn(browser, 'staff');
  await staff.getByRole('navigation', { name: 'Ұйым бөлімдері' }).getByRole('link', { name: 'Форум' }).click();
  await staff.getByRole('link', { name: FORUM, exact: true }).click();
  await expect(staff).toHaveURL(/\/kk\/org\/1\/forum\/\d+$/);
  forumPath = new URL(staff.url()).pathname;
  await staff.getByRole('link', { name: 'Жаңа тақырып' }).click();
  await staff.getByLabel('Тақырыптың атауы').fill(TOPIC);
  await staff.getByLabel('Алғашқы хабарлама').fill('Әріптестер, <b>жоспарды</b> талқылайық.');
  await staff.getByRole('button', { name: 'Тақырыпты ашу' }).click();
  await expect(staff).toHaveURL(/\/kk\/org\/1\/forum\/\d+\/topics\/\d+$/);
  topicPath = new URL(staff.url()).pathname;
  await expect(staff.getByRole('heading', { name: TOPIC, exact: true })).toBeVisible();
  // Markup in a post is text, never HTML.
  await expect(staff.getByTestId('post-body').first()).toHaveText('Әріптестер, <b>жоспарды</b> талқылайық.');
  await reply(staff).fill('Екінші хабарлама');
  await staff.getByRole('button', { name: 'Жіберу' }).click();
  await expect(staff.getByTestId('post-body')).toHaveText(['Әріптестер, <b>жоспарды</b> талқылайық.', 'Екінші хабарлама']);
  await expect(reply(staff)).toHaveValue('');
  // The Page tab's "forum for discussing events" block lists the live topic (issue 15, item 1).
  // In a second tab: staff keeps the topic open in the first for the steps below.
  const pageTab = await staff.context().newPage();
  await pageTab.goto('/kk/org/1');
  const block = pageTab.getByRole('region', { name: 'Оқиғаларды талқылау форумы' });
  await expect(block.getByRole('link', { name: TOPIC }).first()).toHaveAttribute('href', topicPath);
  await expect(block.getByRole('link', { name: 'Барлық форумдар' })).toHaveAttribute('href', '/kk/org/1/forum');
  expect(await seriousAxeViolations(pageTab)).toEqual([]);
  await pageTab.close();

  await admin.goto(topicPath);
  await admin.getByRole('button', { name: 'Тақырыпты жабу' }).click();
  await expect(admin.getByRole('button', { name: 'Тақырыпты қайта ашу' })).toBeVisible();
  // The moderator's view: toolbar, delete dialogs per post.
  expect(await seriousAxeViolations(admin)).toEqual([]);

  // Staff still has the reply box of the open topic: the server refuses, the text stays.
  await reply(staff).fill('Кеш қалған хабарлама');
  await staff.getByRole('button', { name: 'Жіберу' }).click();
  await expect(staff.getByRole('alert').filter({ hasText: 'Тақырып жабық' })).toBeVisible();
  await expect(reply(staff)).toHaveValue('Кеш қалған хабарлама');
  await staff.reload();
  await expect(staff.getByText('Тақырып жабық: жаңа хабарлама қосуға болмайды.')).toBeVisible();
  await expect(reply(staff)).toHaveCount(0);
  await expect(staff.getByTestId('post-body')).toHaveCount(2);
});

test('the author edits their own post; moderators rename, pin and delete, and a forum with topics is not deleted', async ({ browser }) => {
  const staff = await signedIn(browser, 'staff');
  await staff.goto(`${forumPath}/new`);
  await staff.getByLabel('Тақырыптың атауы').fill('Түзетілетін тақырып');
  await staff.getByLabel('Алғашқы хабарлама').fill('Қатесі бар мәтін');
  await staff.getByRole('button', { name: 'Тақырыпты ашу' }).click();
  await expect(staff).toHaveURL(/\/topics\/\d+$/);
  const path = new URL(staff.url()).pathname;
  await reply(staff).fill('Өшірілетін хабарлама');
  await staff.getByRole('button', { name: 'Жіберу' }).click();
  await expect(staff.getByTestId('post-body')).toHaveCount(2);
  await staff.getByRole('link', { name: 'Хабарламаны өзгерту' }).first().click();
  await staff.getByLabel('Хабарлама мәтіні').fill('Түзетілген мәтін');
  await staff.getByRole('button', { name: 'Хабарламаны сақтау' }).click();
  await expect(staff).toHaveURL(new RegExp(`${path}#post-\\d+$`));
  await expect(staff.getByTestId('post-body').first()).toHaveText('Түзетілген мәтін');
  await expect(staff.getByText(/^өзгертілді /)).toBeVisible();

  const admin = await signedIn(browser, 'admin');
  await admin.goto(path);
  // Nobody but the author edits a post, moderators included.
  await expect(admin.getByRole('link', { name: 'Хабарламаны өзгерту' })).toHaveCount(0);
  await admin.getByRole('button', { name: 'Бекіту' }).click();
  await expect(admin.getByText('Бекітілген', { exact: true })).toBeVisible();
  await admin.getByRole('button', { name: 'Хабарламаны жою' }).nth(1).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Иә, жою!' }).click();
  await expect(admin.getByTestId('post-body')).toHaveText(['Түзетілген мәтін']);
  await admin.getByRole('link', { name: 'Тақырыптың атауын өзгерту' }).click();
  await admin.getByRole('textbox', { name: 'Тақырыптың атауы' }).fill('Түзетілген тақырып');
  await admin.getByRole('button', { name: 'Сақтау' }).click();
  await expect(admin.getByRole('heading', { name: /Түзетілген тақырып/ })).toBeVisible();

  await admin.goto(`${forumPath}/edit`);
  await admin.getByRole('button', { name: 'Форумды жою' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Иә, жою!' }).click();
  await expect(admin.getByRole('dialog').getByRole('alert')).toHaveText(/Форумда әлі тақырыптар бар/);
});

test('topics left to moderators: staff sees no "New topic" and the server refuses', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin');
  const staff = await signedIn(browser, 'staff');
  await staff.goto(`${forumPath}/new`);
  await staff.getByLabel('Тақырыптың атауы').fill('Модераторсыз тақырып');
  await staff.getByLabel('Алғашқы хабарлама').fill('Мәтін');
  try {
    await saveFunctions(admin, (page) => page.getByLabel('Жаңа тақырыптарды кім жасай алады').selectOption('moderators'));
    await staff.getByRole('button', { name: 'Тақырыпты ашу' }).click();
    await expect(staff.getByRole('alert').filter({ hasText: 'Мұны тек ұйым модераторлары жасай алады.' })).toBeVisible();
    await staff.goto(forumPath);
    await expect(staff.getByRole('link', { name: TOPIC, exact: true })).toBeVisible();
    await expect(staff.getByRole('link', { name: 'Жаңа тақырып' })).toHaveCount(0);
    expect((await staff.goto(`${forumPath}/new`))?.status()).toBe(403);
    await admin.goto(forumPath);
    await expect(admin.getByRole('link', { name: 'Жаңа тақырып' })).toBeVisible();
  } finally {
    await saveFunctions(admin, (page) => page.getByLabel('Жаңа тақырыптарды кім жасай алады').selectOption('participants'));
  }
  await staff.goto(forumPath);
  await expect(staff.getByRole('link', { name: 'Жаңа тақырып' })).toBeVisible();
});

test('switching Forums off hides the tab and answers 404; switching it on keeps every topic', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin');
  const staff = await signedIn(browser, 'staff');
  const tabs = staff.getByRole('navigation', { name: 'Ұйым бөлімдері' });
  try {
    await saveFunctions(admin, (page) => page.getByLabel('Форумдар', { exact: true }).uncheck());
    await staff.goto('/kk/org/1');
    await expect(tabs.getByRole('link', { name: 'Парақша' })).toBeVisible();
    await expect(tabs.getByRole('link', { name: 'Форум' })).toHaveCount(0);
    for (const path of ['/kk/org/1/forum', forumPath, topicPath]) expect((await staff.goto(path))?.status(), path).toBe(404);
  } finally {
    await saveFunctions(admin, (page) => page.getByLabel('Форумдар', { exact: true }).check());
  }
  await staff.goto('/kk/org/1');
  await tabs.getByRole('link', { name: 'Форум' }).click();
  await staff.getByRole('link', { name: FORUM, exact: true }).click();
  await expect(staff.getByRole('link', { name: TOPIC, exact: true })).toBeVisible();
  await staff.getByRole('link', { name: TOPIC, exact: true }).click();
  await expect(staff.getByTestId('post-body')).toHaveCount(2);
  await expect(staff.getByText('Жабық', { exact: true })).toBeVisible();
});

test('the Functions page is for admins only, also by URL, and has no serious axe violation', async ({ browser }) => {
  const staff = await signedIn(browser, 'staff');
  await expect(staff.getByRole('link', { name: 'Әкімшілік ету' })).toHaveCount(0);
  expect((await staff.goto(FUNCTIONS))?.status()).toBe(403);
  expect((await staff.goto('/kk/org/1/admin'))?.status()).toBe(403);

  const admin = await signedIn(browser, 'admin');
  await admin.getByRole('link', { name: 'Әкімшілік ету' }).click();
  await admin.getByRole('link', { name: 'Функциялар' }).click();
  await expect(admin).toHaveURL(/\/kk\/org\/1\/admin\/settings\/functions$/);
  await expect(admin.getByTestId('site-url')).toHaveText(/^http:\/\/localhost:\d+\/kk\/site\/1$/);
  // The refusal of e-applications without a confirmed e-mail is tested in settings-feedback.spec.ts,
  // the one file that changes org 1's applications e-mail (files run in parallel).
  expect(await seriousAxeViolations(admin)).toEqual([]);
});
