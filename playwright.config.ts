import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const TREE_CHANGES = [/register\.spec\.ts$/, /data-exchange\.spec\.ts$/, /site-switch\.spec\.ts$/];
const LARGE_REGION = /report-filter-large\.spec\.ts$/;
const QUIET = /memory-under-hostile-body\.spec\.ts$/;

/**
 * Debian's Chromium (Playwright cannot download browsers here) against the production app server
 * (server.ts) on the embedded database: the same start script a newcomer runs, with its own data folder.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: [...TREE_CHANGES, LARGE_REGION, QUIET] },
    // These add schools to the demo region for good (the register, a OneRoster import), or switch
    // org 1's public site off for a while: they run after every other test, which count the
    // region's 24 institutions and visit org 1's site.
    { name: 'tree-changes', use: { browserName: 'chromium' }, testMatch: TREE_CHANGES, dependencies: ['chromium'] },
    // Gives the region more schools than a report page lists (written and removed by the spec):
    // alone, after everything else, so no other test counts them.
    { name: 'large-region', use: { browserName: 'chromium' }, testMatch: LARGE_REGION, dependencies: ['tree-changes'] },
    // Measures the server's resident memory, which any other test running meanwhile would move.
    { name: 'quiet', use: { browserName: 'chromium' }, testMatch: QUIET, dependencies: ['large-region'] },
  ],
  webServer: {
    command: 'npx tsx db/embedded/start-app.ts',
    url: `${baseURL}/kk/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      KUNDELIK_DATA_DIR: `.data/e2e-${port}`,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54339',
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
    },
  },
});
