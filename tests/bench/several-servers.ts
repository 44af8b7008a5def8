/**
 * Several app servers (README "Several app servers") against one, in the same run: the cluster of
 * tests/support/cluster.ts (one PostgreSQL, redis-server, two app servers with REDIS_URL) behind
 * two nginx sites — one balancing both servers, one sending everything to the first — so both
 * figures pass the same nginx and the same shared cache. Loaded with wrk (50 connections for the
 * public site's Page tab, 8 for a signed-in page, the Page tab of the admin's authority, rendered
 * per request), --seconds each after 1 s of warm-up.
 * Goals: no errors; with two servers at least 0.8× one server's rate (on this machine's two
 * cores two servers share the CPU with nginx and wrk, so the figure shows the cost of the shared
 * cache more than a gain; on two machines the rate adds up), public p99 < 50 ms.
 * Run: npx tsx tests/bench/several-servers.ts [--seconds 5]
 */
import { parseArgs } from 'node:util';
import { portsFromEnv, startCluster } from '../support/cluster';
import { exitWithGoals, goal } from './lib/goals';
import { signIn } from './lib/http-client';
import { wrkLoad, wrkRow, type WrkResult } from './lib/wrk';

const { values: options } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } });
const SECONDS = Number(options.seconds);

async function main() {
  const began = performance.now();
  const cluster = await startCluster({ name: 'several', servers: 2, sites: [{ servers: [0, 1] }, { servers: [0] }], ports: portsFromEnv() });
  try {
    console.log(`cluster ready in ${((performance.now() - began) / 1000).toFixed(0)} s`);
    const [two, one] = cluster.sites as [string, string];
    const cookie = await signIn(cluster.servers[0]!.origin, 'admin');
    const publicPath = '/kk/site/1';
    const signedInPath = '/kk/org/1';
    // Every server holds the public page before the runs.
    for (let i = 0; i < 6; i++) await fetch(two + publicPath);
    const signedIn = await fetch(two + signedInPath, { headers: { cookie }, redirect: 'manual' });
    if (signedIn.status !== 200) throw new Error(`the signed-in page answered ${signedIn.status}`);

    const run = (origin: string, path: string, connections: number, headers?: Record<string, string>) => wrkLoad(origin + path, { connections, seconds: SECONDS, warmUp: 1, headers, timeoutS: 10 });
    const figures: Array<[string, WrkResult, WrkResult]> = [
      ['public site, ' + publicPath, run(one, publicPath, 50), run(two, publicPath, 50)],
      ['signed in, ' + signedInPath, run(one, signedInPath, 8, { cookie }), run(two, signedInPath, 8, { cookie })],
    ];
    console.log(`${SECONDS} s each through nginx, wrk -t1`);
    for (const [label, single, both] of figures) {
      wrkRow(`${label}: one server`, single);
      wrkRow(`${label}: two servers`, both);
    }
    for (const [label, single, both] of figures) {
      goal(`${label}: two servers / one`, both.rps / single.rps, 0.8, '×', { atLeast: true, digits: 2 });
      goal(`${label}: errors`, single.errors + both.errors, 0, '', { digits: 0 });
    }
    goal('public site p99, two servers', figures[0]![2].p99, 50, 'ms', { digits: 2 });
  } finally {
    await cluster.stop();
  }
  console.log(`total ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

main().then(exitWithGoals, (error: unknown) => {
  console.error(error);
  process.exit(1);
});
