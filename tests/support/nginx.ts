import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDebianProgram } from './debian-program';

/**
 * Debian's nginx with one worker, its files in `dir`, serving the `http` block's servers (the
 * public-site bench's static file, the cluster's load balancer).
 *
 * In a session of its own, as a service of its own would be (and as the app servers are, started
 * detached): with Linux's autogroup on (this machine's kernel), a session shares the CPU as one,
 * so nginx in the caller's session had one fair share with wrk against a whole share for each app
 * server, and the cluster's two servers' p99 measured nginx waiting for a core (55–78 ms, against
 * 17–30 ms in its own session).
 */
export function startNginx(dir: string, http: string): ChildProcess {
  mkdirSync(dir, { recursive: true });
  // nginx's workers run as another user: the folder holding `dir` (an app's data folder, kept to
  // its owner) must let them through.
  chmodSync(path.dirname(dir), 0o755);
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${http}
}
`,
  );
  return spawn(ensureDebianProgram('nginx', 'nginx'), ['-c', conf, '-p', dir], { stdio: 'inherit', detached: true });
}
