/**
 * lib/http/workers.ts with stand-in workers, for tests/unit/workers.test.ts: `crash` workers end at
 * once with code 3; `serve` workers answer every request with their pid (in two writes), on the connections the
 * primary hands them (WORKERS_FIXTURE_PORT), until they are told to stop.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { runWorkers, serveFromPrimary } from '../../lib/http/workers';

const mode = process.env.WORKERS_FIXTURE;
if (cluster.isPrimary) runWorkers(2, Number(process.env.WORKERS_FIXTURE_PORT ?? 0));
else if (mode === 'crash') process.exit(3);
else {
  // Two writes, as Next streams a page: with Nagle's algorithm on, the second waits for the
  // client's delayed ACK.
  // Short limits for stalled requests, so the test sees one cut off in a second.
  const server = createServer({ connectionsCheckingInterval: 100, headersTimeout: 500, requestTimeout: 500 }, (_req, res) => {
    res.write(String(process.pid));
    setImmediate(() => res.end());
  });
  serveFromPrimary(server);
  process.once('SIGTERM', () => {
    server.close();
    console.log(`worker ${process.pid} stopped`);
    process.exit(0);
  });
  console.log(`worker ${process.pid} ready${process.execArgv.includes('--single-threaded-gc') ? ', collecting on one thread' : ''}`);
}
