import { listZip, readEntry } from '../../lib/zip/read';
import { makeBundle } from '../support/oneroster-bundle';
import { MESSAGES, randomIin, runSuffix, signedIn } from './admin-people-pages';
import { expect, seriousAxeViolations, test } from './fixtures';

/**
 * Administration → Data exchange end to end (Kazakh UI): the export names the authority's
 * sourcedId, a file that is no zip is refused with its message, a bundle with a new school is
 * checked, confirmed and imported, and the register report lists the new school.
 */
const suffix = runSuffix();

async function orgsOf(zip: Buffer): Promise<string[][]> {
  const listing = listZip(zip);
  if (!listing.ok) throw new Error(listing.problem);
  const chunks: Uint8Array[] = [];
  for await (const c of readEntry(zip, listing.entries.find((e) => e.name === 'orgs.csv')!, 2 ** 30)) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8').trim().split('\r\n').slice(1).map((l) => l.split(','));
}

test('kk: data exchange — export, a refused upload, then a new school imported and listed in the register', async ({ browser }) => {
  test.setTimeout(600_000);
  const kk = MESSAGES.kk;
  const d = kk.DataExchange;
  const admin = await signedIn(browser, 'admin', 'kk');
  await admin.goto('/kk/org/1/admin');
  await admin.getByRole('link', { name: d.title }).click();
  await expect(admin.getByRole('heading', { name: d.title, level: 2 })).toBeVisible();
  expect(await seriousAxeViolations(admin)).toEqual([]);

  const exported = await admin.request.get('/api/org/1/oneroster/export', { timeout: 300_000 });
  expect(exported.status()).toBe(200);
  const authority = (await orgsOf(await exported.body())).find((row) => row[4] === 'district' && row[6] === '')![0]!;

  const upload = async (name: string, buffer: Buffer) => {
    await admin.getByLabel(d.file).setInputFiles({ name, mimeType: 'application/zip', buffer });
    await admin.getByRole('button', { name: d.upload }).click();
  };
  await upload('notes.zip', Buffer.from('not a zip at all'));
  await expect(admin.getByTestId('run-issues')).toContainText(kk.OneRoster.not_zip, { timeout: 60_000 });

  await admin.getByRole('link', { name: d.another }).click();
  const school = `E2E мектебі ${suffix}`;
  const bundle = await makeBundle({
    orgs: [{ sourcedId: `e2e-school-${suffix}`, name: school, type: 'school', parentSourcedId: authority }],
    users: [{ sourcedId: `e2e-head-${suffix}`, enabledUser: 'false', username: `e2e-head-${suffix}`, givenName: 'Айгүл', familyName: `Директорова${suffix}`, identifier: randomIin('1979-05-06', 'female') }],
    roles: [{ sourcedId: `e2e-role-${suffix}`, userSourcedId: `e2e-head-${suffix}`, roleType: 'primary', role: 'principal', orgSourcedId: `e2e-school-${suffix}` }],
  });
  await upload('school.zip', bundle);
  await expect(admin.getByTestId('run-rows')).toBeVisible({ timeout: 120_000 });
  await admin.reload();
  await admin.getByRole('button', { name: d.confirm }).click();
  await expect(admin.getByTestId('run-counts')).toBeVisible({ timeout: 120_000 });
  await admin.getByRole('link', { name: d.register }).click();
  await expect(admin).toHaveURL(/\/reports\/institutions/);
  // The report is paged (10 rows); its print view holds the whole register.
  await admin.goto('/kk/org/1/reports/print/register');
  await expect(admin.getByTestId('print-table').getByRole('row').filter({ hasText: school })).toContainText(`Директорова${suffix} Айгүл`);
  await admin.context().close();
});
