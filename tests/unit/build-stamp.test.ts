import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildState, sourceFingerprint, writeBuildStamp } from '@/db/embedded/build-stamp';

/**
 * `npm start` decides with these whether to rebuild: a project laid out on disk as it is after
 * `git pull` or a copied release, with a build in .next/ made before or after the change.
 */
const root = mkdtempSync(path.join(os.tmpdir(), 'kundelik-build-stamp-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string, at?: Date) => {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  if (at) utimesSync(full, at, at);
};
const hourAgo = new Date(Date.now() - 3_600_000);
const dayAgo = new Date(Date.now() - 86_400_000);
const dataDir = path.join(root, 'data');
const state = () => buildState(root, sourceFingerprint(root, [dataDir]), [dataDir]);
/** What `npm start` does after a build: stamp it with the fingerprint of its sources. */
const built = () => {
  write('.next/BUILD_ID', 'build-1');
  writeBuildStamp(root, sourceFingerprint(root, [dataDir]));
};

describe('the build stamp', () => {
  it('asks for a build when none exists', () => {
    write('app/page.tsx', 'export default () => "v1";', dayAgo);
    write('lib/site/render.ts', 'export const x = 1;', dayAgo);
    write('package-lock.json', '{"v":1}', dayAgo);
    expect(state()).toBe('missing');
  });

  it('takes a plain `next build` newer than every source as fresh, and stamps it', () => {
    write('.next/BUILD_ID', 'manual', hourAgo);
    expect(state()).toBe('fresh');
    write('lib/site/render.ts', 'export const x = 2;');
    expect(state()).toBe('stale');
  });

  it('takes a plain `next build` older than a source as stale', () => {
    rmSync(path.join(root, '.next'), { recursive: true });
    write('.next/BUILD_ID', 'manual', dayAgo);
    write('lib/site/render.ts', 'export const x = 3;', hourAgo);
    expect(state()).toBe('stale');
  });

  it('finds a changed source after git pull, a new file, and a new dependency version', () => {
    built();
    expect(state()).toBe('fresh');
    write('app/page.tsx', 'export default () => "v2";');
    expect(state()).toBe('stale');
    built();
    write('components/new-widget.tsx', 'export const W = 1;');
    expect(state()).toBe('stale');
    built();
    write('package-lock.json', '{"v":2}');
    expect(state()).toBe('stale');
  });

  it('finds a change copied with its old time (rsync -a, tar), which a newest-time check misses', () => {
    built();
    write('lib/site/render.ts', 'export const x = 4;', dayAgo);
    expect(state()).toBe('stale');
  });

  it('does not rebuild for a touched file, tests, docs, data, or what the build writes itself', () => {
    built();
    utimesSync(path.join(root, 'app/page.tsx'), new Date(), new Date());
    write('tests/unit/new.test.ts', 'test');
    write('README.md', '# changed');
    write('next-env.d.ts', '/// <reference />');
    write('tsconfig.tsbuildinfo', '{}');
    write('.data/pg/base/1', 'pages');
    write('data/files/documents/a', 'upload');
    write('node_modules/x/index.js', 'module.exports = 1;');
    expect(state()).toBe('fresh');
  });
});
