import { spawnSync } from 'node:child_process';

/**
 * The path of a Debian package's program, installing the package when it is missing (as
 * scripts/test.sh installs Chromium): nginx, wrk, redis-server for the benchmarks and the test of
 * several app servers.
 */
export function ensureDebianProgram(program: string, pkg: string): string {
  const lookup = () => spawnSync('sh', ['-c', `command -v ${program} || ls /usr/sbin/${program} /usr/bin/${program} 2>/dev/null`], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  const found = lookup();
  if (found) return found;
  console.log(`installing ${pkg} (Debian package)…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A fresh machine has no package lists yet.
  spawnSync([...sudo, 'apt-get', 'update', '-qq'].join(' '), { shell: true, stdio: 'inherit', env });
  spawnSync([...sudo, 'apt-get', 'install', '-y', '-qq', pkg].join(' '), { shell: true, stdio: 'inherit', env });
  const installed = lookup();
  if (!installed) throw new Error(`${pkg} could not be installed`);
  return installed;
}
