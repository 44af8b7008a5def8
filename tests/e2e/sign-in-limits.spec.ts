import { request as httpRequest } from 'node:http';
import { expect, LABELS, test } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** A raw POST from another loopback address (its own per-address budget), with headers of our choosing. */
function postFrom(localAddress: string, path: string, form: Record<string, string>, headers: Record<string, string>) {
  const body = new URLSearchParams(form).toString();
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: PORT, localAddress, method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

for (const character of ['%09', '%0a', '%0d']) {
  test(`a callbackUrl with ${character} does not lead off the site after sign-in`, async ({ page, signInPage }) => {
    await page.goto(`/kk/sign-in?callbackUrl=/${character}/evil.example/`);
    await signInPage.signIn('staff');
    // Home (staff's organisation page), not evil.example.
    await expect(page).toHaveURL(new RegExp(`^http://localhost:${PORT}/kk/org/\\d+$`));
    await expect(page.getByTestId('org-name')).toBeVisible();
  });
}

test('the sign-in refusal states the real wait', async ({ page, signInPage }) => {
  // Its own login each run: the e2e database keeps the budgets of the last run.
  const login = `nobody-${Date.now()}`;
  await signInPage.goto();
  for (let i = 0; i < 5; i++) {
    const answered = page.waitForResponse((response) => response.url().includes('/api/auth/callback/credentials'));
    await signInPage.signIn(login, `wrong-${i}`);
    await answered;
    await expect(page.locator('#sign-in-error')).toHaveText(LABELS.kk.error);
    // The refusal empties the password as it shows the error; from the second try on, the error
    // text is the last try's, so wait for the emptying — typing on before it lands loses the password.
    await expect(page.getByLabel(LABELS.kk.password)).toHaveValue('');
  }
  await signInPage.signIn(login, 'wrong-5');
  await expect(page.locator('#sign-in-error')).toHaveText('Сәтсіз әрекеттер тым көп. 15 минут күтіп, қайта көріңіз.');
});

test("rotating X-Forwarded-For does not get past the citizens' form limit", async () => {
  // A loopback address of its own each run: its budget is untouched by other tests and runs.
  const from = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
  const statuses: number[] = [];
  let last = '';
  for (let i = 0; i < 7; i++) {
    const response = await postFrom(from, '/api/feedback/1/questions', { name: 'Асқар', email: '', body: `Сұрақ ${Date.now()}-${i}`, locale: 'kk', website: '' }, { 'x-forwarded-for': `198.51.100.${i + 1}` });
    statuses.push(response.status);
    last = response.body;
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  expect(JSON.parse(last)).toEqual({ ok: false, messageKey: 'Feedback.too_many', messageValues: { minutes: '15' } });
});
