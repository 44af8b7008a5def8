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
