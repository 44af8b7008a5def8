/**
 * The production app server: Next.js behind the request guard (lib/http/guard.ts) and the public
 * site's front cache (lib/site/front-cache.ts).
 * A plain page of `/{locale}/site/{id}/…` is answered from memory when held; everything else, and
 * every miss, goes to Next's own request handler unchanged. db/embedded/start-app.ts (`npm start`)
 * compiles it to .next/app-server.mjs and runs it in the app folder with NODE_ENV=production after
 * `next build`; PORT as for `next start`. With REDIS_URL (several app servers) the front cache's
 * drops travel between the servers (lib/site/front-cache-bus.ts). With APP_WORKERS (and REDIS_URL)
 * one server runs that many worker processes, one per core (lib/http/workers.ts).
 */
import cluster from 'node:cluster';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { getEnv, hstsMaxAge } from './lib/env';
import { markSocketAddressStamped, stampSocketAddress } from './lib/client-address';
import { withAdmission } from './lib/http/admission';
import { withWholeBodyGzip } from './lib/http/compression';
import { withRequestGuard } from './lib/http/guard';
import { collectWhenIdle, releaseAbortReasonFrames } from './lib/http/memory';
import { stampLocale } from './lib/http/locale-header';
import { runWorkers, serveFromPrimary } from './lib/http/workers';
import { fixedSecurityHeaders, withSecurityHeaders } from './lib/security/security-headers';
import { SITE_PAGES, withFrontCache } from './lib/site/front-cache';
import { connectFrontCacheBus } from './lib/site/front-cache-bus';

const port = Number(process.env.PORT ?? 3000);
const useFrontCache = process.env.SITE_FRONT_CACHE !== 'off';

async function main() {
  const env = getEnv();
  // Before Next loads: no render's abort reason may keep its frames (lib/http/memory.ts).
  releaseAbortReasonFrames();
  // Several app servers share Next's cache in Redis and hear each other's front-cache drops;
  // connected before Next starts, so every drop from now on reaches the other servers.
  if (useFrontCache && env.REDIS_URL) await connectFrontCacheBus(env.REDIS_URL);
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const origin = `http://127.0.0.1:${port}`;

  // Security headers on every answer (lib/security/security-headers.ts); front-cache hits add
  // the fixed ones themselves, with the policy kept with their page.
  const security = { hstsMaxAge: hstsMaxAge(env), storedPages: SITE_PAGES };
  // A few renders at a time, the others in arrival order (lib/http/admission.ts); a rendered
  // page compressed whole, in one piece (lib/http/compression.ts).
  const toNext = withSecurityHeaders(
    security,
    withAdmission(withWholeBodyGzip((req: IncomingMessage, res: ServerResponse) => void handle(req, res)), { limit: env.RENDER_CONCURRENCY }),
  );
  const fixed = fixedSecurityHeaders(security);
  // Hostile input (a broken path, an oversized or malformed action body) is refused first; its
  // refusals carry the fixed headers too.
  const guarded = withRequestGuard(useFrontCache ? withFrontCache(origin, toNext, fixed) : toNext);
  // The limits per address read the socket's address from a header only this server writes.
  markSocketAddressStamped();
  const server = createServer(
    collectWhenIdle((req, res) => {
      stampSocketAddress(req);
      stampLocale(req);
      for (const [name, value] of Object.entries(fixed)) res.setHeader(name, value);
      guarded(req, res);
    }),
  );
  // A worker serves what the primary hands it (lib/http/workers.ts); a single server listens itself.
  if (cluster.isWorker) serveFromPrimary(server);
  else server.listen(port, () => console.log(`app server ready on http://localhost:${port}`));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    void app.close().finally(() => process.exit(0));
    // Keep-alive connections would hold close() open: give them a moment, then go.
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// With APP_WORKERS > 1 this process only accepts connections and hands them to that many workers, each running
// main() (lib/http/workers.ts); the environment is checked here first, so a wrong one stops at once.
async function start() {
  const workers = cluster.isPrimary ? getEnv().APP_WORKERS : 1;
  if (workers > 1) runWorkers(workers, port);
  else await main();
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
