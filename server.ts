/**
 * The production app server: Next.js behind the public site's front cache (lib/site/front-cache.ts).
 * A plain page of `/{locale}/site/{id}/…` is answered from memory when held; everything else, and
 * every miss, goes to Next's own request handler unchanged. db/embedded/start-app.ts (`npm start`)
 * compiles it to .next/app-server.mjs and runs it in the app folder with NODE_ENV=production after
 * `next build`; PORT as for `next start`.
 */
import { createServer } from 'node:http';
import next from 'next';
import { fillFrontCache, frontCacheKey, serveFromFrontCache, STATUS_HEADER } from './lib/site/front-cache';

const port = Number(process.env.PORT ?? 3000);
const useFrontCache = process.env.SITE_FRONT_CACHE !== 'off';

async function main() {
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const origin = `http://127.0.0.1:${port}`;

  const server = createServer((req, res) => {
    const key = useFrontCache ? frontCacheKey(req.method, req.url, req.headers) : null;
    if (key !== null) {
      if (serveFromFrontCache(req, res, key)) return;
      res.setHeader(STATUS_HEADER, 'MISS');
      res.on('finish', () => {
        if (res.statusCode === 200) void fillFrontCache(origin, key);
      });
    }
    void handle(req, res);
  });
  server.listen(port, () => console.log(`app server ready on http://localhost:${port}`));

  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    // Keep-alive connections would hold close() open: give them a moment, then go.
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
