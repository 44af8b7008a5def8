/**
 * lib/http/workers.ts with stand-in workers, for tests/unit/workers.test.ts: `crash` workers end at
 * once with code 3; `serve` workers keep running until they are told to stop.
 */
import cluster from 'node:cluster';
import { runWorkers } from '../../lib/http/workers';

const mode = process.env.WORKERS_FIXTURE;
if (cluster.isPrimary) runWorkers(2);
else if (mode === 'crash') process.exit(3);
else {
  const alive = setInterval(() => undefined, 1000);
  process.once('SIGTERM', () => {
    clearInterval(alive);
    console.log(`worker ${process.pid} stopped`);
    process.exit(0);
  });
  console.log(`worker ${process.pid} ready`);
}
