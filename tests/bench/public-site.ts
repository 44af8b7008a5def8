/**
 * Public site throughput: the cached Page tab as the app server answers it (server.ts: the front
 * cache, filled from Next's cache), the same page from Next's cache alone (a query string skips
 * the front cache; the page ignores it), and the same HTML as a static file from nginx. nginx and
 * wrk come from Debian's packages, installed when missing. 50 connections, 10 s each after 2 s
 * of warm-up, one wrk thread (the other core serves). wrk, not autocannon: autocannon, itself
 * Node, topped out near 1,600 requests/s here and measured itself more than the servers.
 * Goal: ≥ 1/4 of nginx's rate, p99 < 20 ms.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../db/embedded/server';
import { benchDataDir, ensureBuild, removeDir, startApp } from './lib/app-server';
import { startNginx } from '../support/nginx';
import { exitWithGoals, goal } from './lib/goals';
import { wrkLoad, wrkRow } from './lib/wrk';

const CONNECTIONS = 50;
const DURATION_S = 10;
const WARM_UP_S = 2;

/** wrk with its latency distribution; requests per second, p99 in ms, and failed answers. */
function load(url: string) {
  return wrkLoad(url, { connections: CONNECTIONS, seconds: DURATION_S, warmUp: WARM_UP_S });
}

async function main() {
  ensureBuild();
  const dataDir = benchDataDir('site');
  const app = await startApp(dataDir);
  const nginxDir = path.join(dataDir, 'nginx');
  let nginx: ChildProcess | undefined;
  try {
    const pageUrl = `${app.origin}/kk/site/1`;
    await fetch(pageUrl);
    const html = await (await fetch(pageUrl)).text();
    mkdirSync(path.join(nginxDir, 'www'), { recursive: true });
    writeFileSync(path.join(nginxDir, 'www', 'index.html'), html);
    const nginxPort = await freePort();
    nginx = startNginx(nginxDir, `  server { listen 127.0.0.1:${nginxPort}; root ${nginxDir}/www; location / { default_type text/html; } }`);
    await new Promise((r) => setTimeout(r, 500));
    const staticUrl = `http://127.0.0.1:${nginxPort}/index.html`;
    if ((await fetch(staticUrl)).status !== 200) throw new Error('nginx did not serve the page');

    const viaFront = await fetch(pageUrl);
    if (viaFront.headers.get('x-site-cache') !== 'HIT') throw new Error('the front cache did not hold the page');
    const site = load(pageUrl);
    const nextOnly = load(`${pageUrl}?via=next-cache`);
    const nginxResult = load(staticUrl);
    const row = wrkRow;
    console.log(`page size: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB; ${CONNECTIONS} connections, ${DURATION_S} s each, wrk -t1`);
    row('app server (front cache), /kk/site/1', site);
    row("Next's cache alone, /kk/site/1?via=next-cache", nextOnly);
    row('nginx, the same HTML as a file', nginxResult);
    goal('ratio app / nginx', site.rps / nginxResult.rps, 0.25, '×', { atLeast: true, digits: 2 });
    goal('app p99', site.p99, 20, 'ms', { digits: 2 });
    goal('app errors', site.errors, 0, '', { digits: 0 });
  } finally {
    nginx?.kill('SIGTERM');
    await app.stop();
    removeDir(dataDir);
  }
}

main().then(exitWithGoals, (error: unknown) => {
  console.error(error);
  process.exit(1);
});
