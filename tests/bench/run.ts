/** `npm run bench`: every benchmark in turn; each prints its goals beside its figures and exits non-zero when one is missed. */
import { spawnSync } from 'node:child_process';

const benches = [
  'tests/bench/start.ts',
  'tests/bench/seed-city.ts',
  'tests/bench/public-site.ts',
  'tests/bench/several-servers.ts',
  'tests/bench/people-search.ts',
  'tests/bench/people-import.ts',
  'tests/bench/notifications.ts',
  'tests/bench/reports.ts',
  'tests/bench/oneroster.ts',
  'tests/bench/signed-in.ts',
];

/** Node flags a benchmark runs with, as its command does (package.json: oneroster:import, docs/oneroster.md). */
const flags: Record<string, string[]> = { 'tests/bench/oneroster.ts': ['--max-semi-space-size=64'] };

let failed = false;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const result = spawnSync(process.execPath, [...(flags[bench] ?? []), '--import', 'tsx', bench], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
