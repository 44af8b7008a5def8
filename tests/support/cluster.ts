/**
 * Several app servers on one machine, as the README's "Several app servers" runs them: one
 * PostgreSQL (embedded, seeded with the demo region), Debian's redis-server, N app servers from
 * one build (db/embedded/start-app.ts with DATABASE_URL and REDIS_URL, each on its own port), and
 * Debian's nginx balancing them. Used by tests/cluster (the test in `npm test`) and
 * tests/bench/several-servers.ts.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { closeDatabase, createDatabase } from '../../db';
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';
import { todaysSeedDay } from '../../db/seed/clock';
import { seedDemo } from '../../db/seed/index';
import { benchDataDir, ensureBuild, removeDir, startApp, type RunningApp } from '../bench/lib/app-server';
import { startNginx } from './nginx';
import { startRedisServer, type RunningRedis } from './redis-server';

/** An nginx site: its port and the app servers (indexes) it balances. */
export type Site = { port: number; servers: number[] };

export type Cluster = {
  databaseUrl: string;
  redis: RunningRedis;
  servers: RunningApp[];
  /** nginx's origins, one per site asked for. */
  sites: string[];
  /** Ends an app server at once (SIGKILL to its process group), as a crash would. */
  kill: (index: number) => Promise<void>;
  stop: () => Promise<void>;
};

export type ClusterOptions = {
  name: string;
  servers: number;
  /** The nginx sites (default: one balancing every server). */
  sites?: Array<{ servers: number[] }>;
  /** Fixed ports (a developer's machine shared with others); free ports otherwise. */
  ports?: { servers?: number[]; pg?: number; redis?: number; nginx?: number[] };
  env?: Record<string, string>;
  /** More environment for one server, by index (APP_WORKERS for one of them). */
  serverEnv?: Array<Record<string, string> | undefined>;
};

const SECRET = 'several-servers-secret-0123456789abcdef';

/**
 * Fixed ports from the environment, for a machine shared with other checkouts:
 * CLUSTER_SERVER_PORTS=3213,3223 CLUSTER_PG_PORT=5523 CLUSTER_REDIS_PORT=6393 CLUSTER_NGINX_PORTS=8093,8094.
 */
export function portsFromEnv(): ClusterOptions['ports'] {
  const list = (name: string) => process.env[name]?.split(',').map(Number).filter(Boolean);
  const one = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  return { servers: list('CLUSTER_SERVER_PORTS'), pg: one('CLUSTER_PG_PORT'), redis: one('CLUSTER_REDIS_PORT'), nginx: list('CLUSTER_NGINX_PORTS') };
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  ensureBuild();
  const dataDir = benchDataDir(options.name);
  let pg: EmbeddedServer | undefined;
  let redis: RunningRedis | undefined;
  let nginx: ChildProcess | undefined;
  const servers: RunningApp[] = [];
  const stop = async () => {
    nginx?.kill('SIGTERM');
    await Promise.allSettled(servers.map((s) => (s.child.exitCode === null && s.child.signalCode === null ? s.stop() : undefined)));
    await redis?.stop();
    await pg?.stop();
    removeDir(dataDir);
  };
  try {
    pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: options.ports?.pg ?? (await freePort()), logFile: path.join(dataDir, 'postgres.log') });
    await pg.createDatabaseIfMissing('kundelik');
    const databaseUrl = pg.urlFor('kundelik');
    await migrateDatabase(databaseUrl);
    const db = createDatabase(databaseUrl, { max: 4 });
    try {
      await seedDemo(db, { scale: 'demo', day: todaysSeedDay() });
      await db.execute(sql`analyze`);
    } finally {
      await closeDatabase(db);
    }
    redis = await startRedisServer(options.ports?.redis);

    const sites = options.sites ?? [{ servers: [...Array(options.servers).keys()] }];
    const nginxPorts = await Promise.all(sites.map(async (_, i) => options.ports?.nginx?.[i] ?? (await freePort())));
    const origins = nginxPorts.map((port) => `http://localhost:${port}`);
    const serverPorts = await Promise.all([...Array(options.servers).keys()].map(async (i) => options.ports?.servers?.[i] ?? (await freePort())));
    // One after the other: each start compiles server.ts to the same .next/app-server.mjs.
    for (const [i, port] of serverPorts.entries()) {
      const env = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: origins[0]!, TRUSTED_PROXIES: '1', ...options.env, ...options.serverEnv?.[i] };
      servers.push(await startApp(path.join(dataDir, `server-${i}`), { port, pgPort: 0 }, env));
    }

    nginx = startBalancer(path.join(dataDir, 'nginx'), sites.map((site, i) => ({ port: nginxPorts[i]!, backends: site.servers.map((s) => serverPorts[s]!) })));
    for (const origin of origins) await waitFor(`${origin}/kk/sign-in`);
    return {
      databaseUrl,
      redis,
      servers,
      sites: origins,
      kill: async (index) => {
        const server = servers[index]!;
        process.kill(-server.child.pid!, 'SIGKILL');
        await new Promise((r) => (server.child.exitCode !== null || server.child.signalCode !== null ? r(null) : server.child.once('exit', r)));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * nginx in front: each request to the backend with the fewest requests under way (least_conn:
 * a server paused by its garbage collector gets no new work meanwhile, where round robin queued
 * requests behind the pause and made the tail), keep-alive to them, and a request that finds a
 * backend gone (connection refused, 502) tried on the next one — what a load balancer does when a
 * server dies.
 */
function startBalancer(dir: string, sites: Array<{ port: number; backends: number[] }>): ChildProcess {
  const blocks = sites.map(
    (site, i) => `
  upstream app${i} {
    least_conn;
${site.backends.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${site.port};
    client_max_body_size 250m;
    location / {
      proxy_pass http://app${i};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502;
      proxy_buffer_size 64k;
      proxy_buffers 16 64k;
    }
  }`,
  );
  return startNginx(dir, blocks.join('\n'));
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // nginx not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered ${url}`);
}
