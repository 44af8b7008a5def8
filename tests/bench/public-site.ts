/**
 * Public site throughput: the cached Page tab served by `next start`, side by side with the same
 * HTML served as a static file by nginx (installed from Debian's packages when missing and started
 * on loopback). 50 connections, 10 s each, autocannon. Goal: ≥ 1/4 of nginx's rate, p99 < 20 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../../db/embedded/server';
import { benchDataDir, ensureBuild, removeDir, startApp } from './lib/app-server';

const CONNECTIONS = 50;
const DURATION_S = 10;

function ensureNginx(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (found) return found;
  console.log('installing nginx (Debian package)…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  spawnSync([...sudo, 'apt-get', 'install', '-y', '-qq', 'nginx'].join(' '), { shell: true, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return '/usr/sbin/nginx';
}

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main() {
  ensureBuild();
  const dataDir = benchDataDir('site');
  const app = await startApp(dataDir);
  const nginxDir = path.join(dataDir, 'nginx');
  let nginx: ReturnType<typeof spawn> | undefined;
  try {
    const pageUrl = `${app.origin}/kk/site/1`;
    await fetch(pageUrl);
    const html = await (await fetch(pageUrl)).text();
    mkdirSync(path.join(nginxDir, 'www'), { recursive: true });
    chmodSync(dataDir, 0o755);
    writeFileSync(path.join(nginxDir, 'www', 'index.html'), html);
    const nginxPort = await freePort();
    writeFileSync(
      path.join(nginxDir, 'nginx.conf'),
      `daemon off; worker_processes 1; pid ${nginxDir}/nginx.pid; error_log ${nginxDir}/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:${nginxPort}; root ${nginxDir}/www; location / { default_type text/html; } } }`,
    );
    nginx = spawn(ensureNginx(), ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], { stdio: 'inherit' });
    await new Promise((r) => setTimeout(r, 500));
    const staticUrl = `http://127.0.0.1:${nginxPort}/index.html`;
    if ((await fetch(staticUrl)).status !== 200) throw new Error('nginx did not serve the page');

    const site = await load(pageUrl);
    const nginxResult = await load(staticUrl);
    console.log(`page size: ${(html.length / 1024).toFixed(1)} KiB; ${CONNECTIONS} connections, ${DURATION_S} s each`);
    console.log(`next start, cached /kk/site/1: ${site.rps.toFixed(0)} req/s, p99 ${site.p99} ms, errors ${site.errors}`);
    console.log(`nginx, same HTML as a file:   ${nginxResult.rps.toFixed(0)} req/s, p99 ${nginxResult.p99} ms, errors ${nginxResult.errors}`);
    console.log(`ratio app / nginx: ${(site.rps / nginxResult.rps).toFixed(2)} (goal ≥ 0.25); app p99 ${site.p99} ms (goal < 20 ms)`);
  } finally {
    nginx?.kill('SIGTERM');
    await app.stop();
    removeDir(dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
