import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether the production build in `.next/` was made from the sources as they are now, so
 * `npm start` after a `git pull` (or a copied release) rebuilds instead of serving old code.
 *
 * The build's inputs are every file of the project but these: dependencies and build output,
 * data, tests and their reports, docs, and what the build or tsc write themselves (their change
 * must not call for another build). Listing what is left out rather than what goes in means a new
 * source folder counts without anyone remembering to add it here.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', 'tests', 'test-results', 'playwright-report']);
const SKIPPED_FILE = /(^next-env\.d\.ts$|\.tsbuildinfo$|\.md$)/;
const STAMP = 'kundelik-sources.sha256';

function sourceFiles(root: string, skip: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Dot folders: .git, .next, .data (and every data folder under it), .ci.
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name) && !skip.has(full)) walk(full);
      } else if (entry.isFile() && !SKIPPED_FILE.test(entry.name)) {
        found.push(full);
      }
    }
  };
  walk(root);
  return found.sort();
}

/**
 * SHA-256 over the build inputs' paths and contents (≈ 0.2 s for this project), and blind to
 * times, so a touched file does not rebuild and a changed file with an old time (rsync -a,
 * tar) does. `skip`: absolute folders to leave out too (a data folder inside the project).
 */
export function sourceFingerprint(root: string, skip: readonly string[] = []): string {
  const hash = createHash('sha256');
  const skipped = new Set(skip.map((dir) => path.resolve(dir)));
  for (const file of sourceFiles(path.resolve(root), skipped)) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export type BuildState = 'missing' | 'stale' | 'fresh';

/**
 * `missing`: no build; `stale`: the sources changed since it was made; `fresh`: it is theirs. A
 * build made by `next build` itself carries no stamp: it is taken as fresh when it is newer than
 * every source file (the check before this one), and stamped so later starts compare contents.
 */
export function buildState(root: string, fingerprint: string, skip: readonly string[] = []): BuildState {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return 'missing';
  const stamp = path.join(root, '.next', STAMP);
  if (existsSync(stamp)) return readFileSync(stamp, 'utf8').trim() === fingerprint ? 'fresh' : 'stale';
  const builtAt = statSync(buildId).mtimeMs;
  const skipped = new Set(skip.map((dir) => path.resolve(dir)));
  if (sourceFiles(path.resolve(root), skipped).some((file) => statSync(file).mtimeMs > builtAt)) return 'stale';
  writeBuildStamp(root, fingerprint);
  return 'fresh';
}

/** After a build: the fingerprint of the sources it was made from (taken before it started). */
export function writeBuildStamp(root: string, fingerprint: string): void {
  writeFileSync(path.join(root, '.next', STAMP), `${fingerprint}\n`);
}
