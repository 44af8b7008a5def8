import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from '../../db/embedded/server';
import { ensureDebianProgram } from './debian-program';

export type RunningRedis = { url: string; port: number; stop: () => Promise<void> };

/**
 * Debian's redis-server on 127.0.0.1 with a free port (or `port`), in memory only (no dump, no
 * append-only file), with the eviction the README asks of production (volatile-lru).
 */
export async function startRedisServer(port?: number): Promise<RunningRedis> {
  const program = ensureDebianProgram('redis-server', 'redis-server');
  const chosen = port ?? (await freePort());
  const child = spawn(program, ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', '256mb', '--maxmemory-policy', 'volatile-lru'], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    if (await answers(chosen)) break;
    if (child.exitCode !== null || i > 100) throw new Error(`redis-server did not start on port ${chosen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
