import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The test of several app servers (tests/cluster): it serves the production build, so
 * scripts/test.sh runs it after `next build`, apart from the unit and database tests.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/cluster/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 300_000, fileParallelism: false },
});
